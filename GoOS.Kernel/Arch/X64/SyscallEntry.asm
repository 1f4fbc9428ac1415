; System-call entry (the `syscall` instruction; ABI in GoOS.Runtime/Abi/SystemCalls.cs).
; On entry: rcx = user rip, r11 = user rflags, rsp = user stack, interrupts off (SFMASK).
; We switch to the current thread's kernel stack, build a SystemCallFrame (must agree with
; SystemCallFrame.X64.cs), call the kernel's handler and return with sysret. The frame keeps
; every register a garbage collector may find references in (UserContext.X64.cs reads them
; while the thread waits); its top word is 0, where an interrupt frame has the user SS.
bits 64
section .text

global goos_syscall_entry, goos_syscall_install, goos_syscall_set_kernel_stack

goos_syscall_entry:
    mov [rel user_stack_scratch], rsp
    mov rsp, [rel kernel_stack_top]
    push 0                                ; EntryMarker: a system call
    push 0                                ; Padding
    push qword [rel user_stack_scratch]   ; UserRsp
    push rcx                              ; UserRip
    push r11                              ; UserRflags
    push rbx
    push rbp
    push r12
    push r13
    push r14
    push r15
    push r9
    push r8
    push r10
    push rdx
    push rsi
    push rdi
    push rax                              ; Number; 18 words pushed: rsp stays 16-byte aligned
    mov rdi, rsp
    call [rel syscall_handler]            ; rax = result
    add rsp, 8
    pop rdi
    pop rsi
    pop rdx
    pop r10
    pop r8
    pop r9
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbp
    pop rbx
    pop r11
    pop rcx
    pop rsp
    o64 sysret

; void goos_syscall_install(long (*handler)(SystemCallFrame*), ulong star)
; Enables syscall/sysret (EFER.SCE) and points LSTAR at the entry above; STAR holds the
; kernel and user selector bases; SFMASK clears IF, TF, DF and AC on entry.
goos_syscall_install:
    mov [rel syscall_handler], rdi
    mov r8, rsi
    mov ecx, 0xC0000080                   ; EFER
    rdmsr
    or eax, 1
    wrmsr
    mov ecx, 0xC0000081                   ; STAR
    mov rax, r8
    mov rdx, r8
    shr rdx, 32
    wrmsr
    mov ecx, 0xC0000082                   ; LSTAR
    lea rax, [rel goos_syscall_entry]
    mov rdx, rax
    shr rdx, 32
    wrmsr
    mov ecx, 0xC0000084                   ; SFMASK
    mov eax, 0x47700
    xor edx, edx
    wrmsr
    ret

; void goos_syscall_set_kernel_stack(ulong top): the stack the next system call runs on.
goos_syscall_set_kernel_stack:
    mov [rel kernel_stack_top], rdi
    ret

section .data
align 8
syscall_handler:    dq 0
kernel_stack_top:   dq 0
user_stack_scratch: dq 0
