; Exception dispatch stubs. The managed dispatcher (Runtime/Exceptions/ExceptionDispatcher.cs)
; walks frames from a captured RegisterContext and calls funclets through these stubs.
; RegisterContext layout, shared with RegisterContext.cs:
;   0 rip, 8 rsp, 16 rbp, 24 rbx, 32 r12, 40 r13, 48 r14, 56 r15
bits 64
section .text

global RhpThrowEx, RhpRethrow
global goos_call_catch_funclet, goos_call_finally_funclet, goos_call_filter_funclet
global goos_resume, goos_funclet_return_labels, goos_eh_frame_header
extern goos_dispatch_exception, goos_rethrow_exception, goos_exception_caught
extern __eh_frame_hdr_start

; Builds, on the stack, the context of the function that called this stub: rip = return
; address, rsp = its stack pointer after the return. Leaves rsp 16-byte aligned at the context.
%macro CAPTURE_CALLER_CONTEXT 0
    mov rax, [rsp]
    lea rcx, [rsp + 8]
    sub rsp, 72
    mov [rsp + 0], rax
    mov [rsp + 8], rcx
    mov [rsp + 16], rbp
    mov [rsp + 24], rbx
    mov [rsp + 32], r12
    mov [rsp + 40], r13
    mov [rsp + 48], r14
    mov [rsp + 56], r15
%endmacro

%macro LOAD_FRAME_REGISTERS 1       ; %1 = register holding a RegisterContext*
    mov rbp, [%1 + 16]
    mov rbx, [%1 + 24]
    mov r12, [%1 + 32]
    mov r13, [%1 + 40]
    mov r14, [%1 + 48]
    mov r15, [%1 + 56]
%endmacro

; void RhpThrowEx(object exception): called by managed code for 'throw'; never returns.
RhpThrowEx:
    CAPTURE_CALLER_CONTEXT
    mov rsi, rsp
    call goos_dispatch_exception   ; (exception, context)
    int3

; void RhpRethrow(): 'throw;' inside a catch funclet; never returns.
RhpRethrow:
    CAPTURE_CALLER_CONTEXT
    mov rdi, rsp
    call goos_rethrow_exception    ; (context)
    int3

; void goos_call_catch_funclet(object exception, void* handler, RegisterContext* frame):
; runs the catch funclet with the handling frame's registers, then resumes that frame at
; the address the funclet returns, with rsp = frame->rsp and every callee-saved register as the
; frame had it (its callers keep values there). Never returns. The context lies above this
; stub's stack, so the call below leaves it intact; its rip slot keeps the resume address.
goos_call_catch_funclet:
    push rdx                        ; keeps rsp 16-byte aligned for the call
    LOAD_FRAME_REGISTERS rdx
    call rsi
goos_catch_funclet_returned:
    pop rdx
    mov [rdx + 0], rax              ; resume address
    mov rdi, [rdx + 8]              ; resume stack pointer
    and rsp, -16
    push rdx
    push rdx
    call goos_exception_caught      ; (resume rsp): drops the dispatches being abandoned
    pop rdx
    pop rdx
    LOAD_FRAME_REGISTERS rdx
    mov rsp, [rdx + 8]
    jmp [rdx + 0]

; void goos_call_finally_funclet(void* handler, RegisterContext* frame)
goos_call_finally_funclet:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    sub rsp, 8
    LOAD_FRAME_REGISTERS rsi
    call rdi
goos_finally_funclet_returned:
    add rsp, 8
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

; bool goos_call_filter_funclet(object exception, void* filter, RegisterContext* frame, ulong* resumeRsp)
; Stores in *resumeRsp where an exception escaping the filter resumes (goos_filter_funclet_threw,
; which returns false, as the CLR treats a throwing filter).
goos_call_filter_funclet:
    push rbp
    push rbx
    push r12
    push r13
    push r14
    push r15
    sub rsp, 8
    mov [rcx], rsp
    mov rbp, [rdx + 16]
    call rsi
goos_filter_funclet_returned:
    movzx eax, al
goos_filter_funclet_epilogue:
    add rsp, 8
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret
goos_filter_funclet_threw:
    xor eax, eax
    jmp goos_filter_funclet_epilogue

; void goos_resume(ulong rip, ulong rsp): continues at rip on stack rsp. Never returns.
goos_resume:
    mov rsp, rsi
    jmp rdi

; void goos_funclet_return_labels(ulong* labels): the return addresses a stack walk meets when
; an exception escapes a funclet, and where a throwing filter resumes.
goos_funclet_return_labels:
    lea rax, [rel goos_catch_funclet_returned]
    mov [rdi + 0], rax
    lea rax, [rel goos_finally_funclet_returned]
    mov [rdi + 8], rax
    lea rax, [rel goos_filter_funclet_returned]
    mov [rdi + 16], rax
    lea rax, [rel goos_filter_funclet_threw]
    mov [rdi + 24], rax
    ret

; byte* goos_eh_frame_header(): the .eh_frame_hdr lld built (needs --eh-frame-hdr).
goos_eh_frame_header:
    lea rax, [rel __eh_frame_hdr_start]
    ret
