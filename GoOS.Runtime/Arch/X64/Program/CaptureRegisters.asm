; void goos_capture_callee_saved(ulong* buffer): stores rbx, rbp, r12, r13, r14 and r15, the
; registers in which the garbage collector's callers may still hold references that are on
; no stack yet (ProgramHeap scans the buffer conservatively).
bits 64
section .text

global goos_capture_callee_saved

goos_capture_callee_saved:
    mov [rdi], rbx
    mov [rdi + 8], rbp
    mov [rdi + 16], r12
    mov [rdi + 24], r13
    mov [rdi + 32], r14
    mov [rdi + 40], r15
    ret
