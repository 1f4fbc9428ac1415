; Bulk zeroing and forward copying with the string instructions (far fewer instructions than a
; loop of 8-byte moves, which is what the guest tick counts measure). The direction flag is
; clear on every path into them (System V; the kernel's entry stubs run cld).
bits 64
section .text

global goos_memory_zero, goos_memory_copy_forward

; void goos_memory_zero(void* destination, ulong count)
goos_memory_zero:
    mov rcx, rsi
    shr rcx, 3
    xor eax, eax
    rep stosq
    mov rcx, rsi
    and rcx, 7
    rep stosb
    ret

; void goos_memory_copy_forward(void* destination, void* source, ulong count): lowest byte
; first, so it is also right for overlapping ranges with destination below source.
goos_memory_copy_forward:
    mov rcx, rdx
    shr rcx, 3
    rep movsq
    mov rcx, rdx
    and rcx, 7
    rep movsb
    ret
