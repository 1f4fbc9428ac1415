; Entry stubs for the 32 CPU exception vectors. Each pushes a uniform InterruptFrame
; (must agree with InterruptFrame.X64.cs) and calls the handler with the InterruptFrame*. The
; handler resumes a managed handler, ends a user thread or stops the kernel; when it returns
; (a user page fault resolved on demand), the faulting instruction runs again.
;
; The handler is reached through goos_cpu_exception_handler, which the kernel sets at start-up
; (a function pointer, so that any image linking the kernel gets it without an export).
;
; InterruptFrame, from the lowest address: r15 r14 r13 r12 r11 r10 r9 r8 rbp rdi rsi rdx rcx
; rbx rax, vector, error code, then what the CPU pushed: rip cs rflags rsp ss.
bits 64
%include "InterruptFrame.inc"
section .text

global goos_exception_stubs, goos_cpu_exception_handler

%macro EXCEPTION_WITHOUT_CODE 1
exception_stub_%1:
    push 0
    push %1
    jmp exception_common
%endmacro

%macro EXCEPTION_WITH_CODE 1
exception_stub_%1:
    push %1
    jmp exception_common
%endmacro

EXCEPTION_WITHOUT_CODE 0
EXCEPTION_WITHOUT_CODE 1
EXCEPTION_WITHOUT_CODE 2
EXCEPTION_WITHOUT_CODE 3
EXCEPTION_WITHOUT_CODE 4
EXCEPTION_WITHOUT_CODE 5
EXCEPTION_WITHOUT_CODE 6
EXCEPTION_WITHOUT_CODE 7
EXCEPTION_WITH_CODE    8
EXCEPTION_WITHOUT_CODE 9
EXCEPTION_WITH_CODE    10
EXCEPTION_WITH_CODE    11
EXCEPTION_WITH_CODE    12
EXCEPTION_WITH_CODE    13
EXCEPTION_WITH_CODE    14
EXCEPTION_WITHOUT_CODE 15
EXCEPTION_WITHOUT_CODE 16
EXCEPTION_WITH_CODE    17
EXCEPTION_WITHOUT_CODE 18
EXCEPTION_WITHOUT_CODE 19
EXCEPTION_WITHOUT_CODE 20
EXCEPTION_WITH_CODE    21
EXCEPTION_WITHOUT_CODE 22
EXCEPTION_WITHOUT_CODE 23
EXCEPTION_WITHOUT_CODE 24
EXCEPTION_WITHOUT_CODE 25
EXCEPTION_WITHOUT_CODE 26
EXCEPTION_WITHOUT_CODE 27
EXCEPTION_WITHOUT_CODE 28
EXCEPTION_WITH_CODE    29
EXCEPTION_WITH_CODE    30
EXCEPTION_WITHOUT_CODE 31

%define FXSAVE_SIZE 512

exception_common:
    cld
    PUSH_GENERAL_REGISTERS
    mov rbx, rsp                    ; InterruptFrame*; rbx is callee-saved, so it survives the call
    sub rsp, FXSAVE_SIZE
    and rsp, -16
    fxsave64 [rsp]                  ; the handler's C# may use SSE; the faulting code's state stays
    mov rdi, rbx
    call [rel goos_cpu_exception_handler]
    ; The handler returns only when it resolved the fault (a user page brought in on demand).
    fxrstor64 [rsp]
    mov rsp, rbx
    POP_GENERAL_REGISTERS
    add rsp, 16                     ; vector and error code
    iretq

section .data
align 8
goos_cpu_exception_handler:
    dq 0

section .rodata
align 8
; goos_exception_stubs[v] = entry of vector v, for the IDT.
goos_exception_stubs:
%assign v 0
%rep 32
    dq exception_stub_ %+ v
%assign v v + 1
%endrep
