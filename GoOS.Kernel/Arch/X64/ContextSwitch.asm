; Switching kernel stacks between threads. A thread that is not running has, at its saved
; stack pointer, the frame below (must agree with ThreadStack.X64.cs):
;   [rsp + 0]  MXCSR (4 bytes), x87 control word (2 bytes), padding
;   [rsp + 8]  r15, r14, r13, r12, rbx, rbp     (the System V callee-saved registers)
;   [rsp + 56] return address
; Caller-saved registers (including xmm0-15) are dead across the call, so a voluntary switch
; keeps only the SSE/x87 control state; an interrupted thread's full state is in its
; interrupt frame further up its stack.
bits 64
section .text

global goos_switch_context, goos_thread_trampoline

; void goos_switch_context(ulong* saveStackPointer, ulong resumeStackPointer)
goos_switch_context:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    sub rsp, 8
    stmxcsr [rsp]
    fnstcw [rsp + 4]
    mov [rdi], rsp
    mov rsp, rsi
    ldmxcsr [rsp]
    fldcw [rsp + 4]
    add rsp, 8
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

; A new thread's first switch returns here with r12 = entry (void (*)(nint)), r13 = argument.
; The entry never returns (it ends the thread).
goos_thread_trampoline:
    and rsp, -16
    mov rdi, r13
    call r12
    ud2

global goos_thread_trampoline_address
goos_thread_trampoline_address:   ; ulong (): where new threads start
    lea rax, [rel goos_thread_trampoline]
    ret

global goos_idle_wait
goos_idle_wait:                   ; void (): wait for the next interrupt with interrupts enabled
    sti
    hlt
    cli
    ret
