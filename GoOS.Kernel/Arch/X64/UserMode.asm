; Entering ring 3 for the first time: an iretq frame with the user selectors (must agree
; with the GDT: user data 0x18|3, user code 0x20|3), interrupts enabled in user mode.
bits 64
section .text

global goos_enter_user_mode

; void goos_enter_user_mode(ulong rip, ulong rsp, ulong argument0, ulong argument1): never
; returns. The user code starts with rdi = argument0, rsi = argument1, every other register zero.
goos_enter_user_mode:
    push 0x1B                 ; SS: user data | RPL 3
    push rsi                  ; RSP
    push 0x202                ; RFLAGS: IF
    push 0x23                 ; CS: user code | RPL 3
    push rdi                  ; RIP
    mov rdi, rdx
    mov rsi, rcx
    xor eax, eax
    xor ebx, ebx
    xor ecx, ecx
    xor edx, edx
    xor ebp, ebp
    xor r8d, r8d
    xor r9d, r9d
    xor r10d, r10d
    xor r11d, r11d
    xor r12d, r12d
    xor r13d, r13d
    xor r14d, r14d
    xor r15d, r15d
    iretq
