; Interface calls. ILC calls through an interface dispatch cell: 'lea r11, [cell]; call [r11]',
; the cell's first word pointing here. We resolve the target on every call (no cache yet):
; save the argument registers, ask the managed resolver, restore them and jump to the target
; with the caller's return address still on the stack, so the callee sees a plain call.
bits 64
section .text

global RhpInitialDynamicInterfaceDispatch
extern goos_resolve_interface_call, goos_throw_null_reference

RhpInitialDynamicInterfaceDispatch:    ; rdi = this, r11 = dispatch cell, other argument registers live
    test rdi, rdi
    jz .null_this
    push rdi
    push rsi
    push rdx
    push rcx
    push r8
    push r9
    sub rsp, 8 * 16 + 8                 ; xmm0-7, keeping rsp 16-byte aligned for the call
    movdqu [rsp + 0 * 16], xmm0
    movdqu [rsp + 1 * 16], xmm1
    movdqu [rsp + 2 * 16], xmm2
    movdqu [rsp + 3 * 16], xmm3
    movdqu [rsp + 4 * 16], xmm4
    movdqu [rsp + 5 * 16], xmm5
    movdqu [rsp + 6 * 16], xmm6
    movdqu [rsp + 7 * 16], xmm7
    mov rsi, r11
    call goos_resolve_interface_call    ; (object this, cell*) -> code address
    mov r11, rax
    movdqu xmm0, [rsp + 0 * 16]
    movdqu xmm1, [rsp + 1 * 16]
    movdqu xmm2, [rsp + 2 * 16]
    movdqu xmm3, [rsp + 3 * 16]
    movdqu xmm4, [rsp + 4 * 16]
    movdqu xmm5, [rsp + 5 * 16]
    movdqu xmm6, [rsp + 6 * 16]
    movdqu xmm7, [rsp + 7 * 16]
    add rsp, 8 * 16 + 8
    pop r9
    pop r8
    pop rcx
    pop rdx
    pop rsi
    pop rdi
    jmp r11
.null_this:
    ; Throw as if the caller had called the throw helper: its return address is on the stack.
    jmp goos_throw_null_reference
