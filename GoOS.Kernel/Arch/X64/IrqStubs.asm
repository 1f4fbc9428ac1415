; Entry stubs for vectors 32-255 (device interrupts, the timer, spurious): interrupts that
; return. Each stub pushes a zero error code and its vector, then the common path saves every
; general register (the same InterruptFrame as InterruptStubs.asm, InterruptFrame.X64.cs) and
; the SSE/x87 state (fxsave64, 512 bytes, 16-byte aligned), calls
; interrupt_handlers[vector](InterruptFrame*), restores everything and returns with iretq.
;
; Runs with interrupts off (interrupt gates). The handler table is filled by InterruptVectors.X64.cs.
bits 64
%include "InterruptFrame.inc"
section .text

global goos_irq_stub_table, goos_interrupt_handler_table

goos_irq_stub_table:                    ; ulong* (): entries of the stubs of vectors 32-255
    lea rax, [rel irq_stubs]
    ret
goos_interrupt_handler_table:           ; ulong* (): the 256 handler slots irq_common calls
    lea rax, [rel interrupt_handlers]
    ret

%define FIRST_IRQ_VECTOR 32
%define FXSAVE_SIZE 512
%define FRAME_VECTOR_OFFSET (15 * 8)    ; InterruptFrame.Vector, after r15..rax

%assign v FIRST_IRQ_VECTOR
%rep 256 - FIRST_IRQ_VECTOR
irq_stub_ %+ v:
    push 0
    push v
    jmp irq_common
%assign v v + 1
%endrep

irq_common:
    cld
    PUSH_GENERAL_REGISTERS
    mov rbx, rsp                        ; InterruptFrame*; rbx is callee-saved, so it survives the call
    sub rsp, FXSAVE_SIZE
    and rsp, -16
    fxsave64 [rsp]
    mov rdi, rbx
    mov rax, [rbx + FRAME_VECTOR_OFFSET]
    lea rcx, [rel interrupt_handlers]
    call [rcx + rax * 8]
    fxrstor64 [rsp]
    mov rsp, rbx
    POP_GENERAL_REGISTERS
    add rsp, 16                         ; vector and error code
    iretq

section .bss nobits alloc noexec write align=8
; interrupt_handlers[v]: void (*)(InterruptFrame*) for vector v (entries below 32 unused).
interrupt_handlers:
    resq 256

section .rodata
align 8
; irq_stubs[v - 32] = entry of vector v, for the IDT.
irq_stubs:
%assign v FIRST_IRQ_VECTOR
%rep 256 - FIRST_IRQ_VECTOR
    dq irq_stub_ %+ v
%assign v v + 1
%endrep
