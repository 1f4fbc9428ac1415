; long goos_system_call(ulong number, ulong a0, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
; Enters the kernel (ABI: GoOS.Runtime/Abi/SystemCalls.cs): number in rax, arguments in rdi,
; rsi, rdx, r10, r8, r9; the result comes back in rax. rcx and r11 are clobbered by syscall.
; a5, the seventh argument of the C call, is on the stack above the return address.
bits 64
section .text

global goos_system_call, goos_system_call0

goos_system_call:
    mov rax, rdi
    mov rdi, rsi
    mov rsi, rdx
    mov rdx, rcx
    mov r10, r8
    mov r8, r9
    mov r9, [rsp + 8]
    syscall
    ret

; long goos_system_call0(ulong number): a call without arguments (its argument registers are
; whatever the caller left there; such calls read none).
goos_system_call0:
    mov rax, rdi
    syscall
    ret
