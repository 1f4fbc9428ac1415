; Reference stores ILC emits calls to. GoOS's collector never moves objects and needs no
; remembered set, so a barrier is the plain store. System V ABI; register use as ILC expects.
bits 64
section .text

global RhpAssignRef, RhpCheckedAssignRef, RhpByRefAssignRef
global goos_write_barriers_start, goos_write_barriers_end, goos_write_barrier_bounds

; A fault between these labels is a null (or wild) destination: the fault handler raises it as
; a NullReferenceException of the managed caller, whose return address is on top of the stack.
goos_write_barriers_start:

RhpAssignRef:              ; *rdi = rsi
RhpCheckedAssignRef:
    mov [rdi], rsi
    ret

RhpByRefAssignRef:         ; *rdi = *rsi; rdi += 8; rsi += 8 (rcx is scratch)
    mov rcx, [rsi]
    mov [rdi], rcx
    add rdi, 8
    add rsi, 8
    ret
goos_write_barriers_end:

; void goos_write_barrier_bounds(ulong* bounds): [start, end) of the write-barrier stubs above,
; so that a fault in one (a null destination) can be told from other faults.
goos_write_barrier_bounds:
    lea rax, [rel goos_write_barriers_start]
    mov [rdi], rax
    lea rax, [rel goos_write_barriers_end]
    mov [rdi + 8], rax
    ret
