; Atomic read-modify-write for System.Threading.Interlocked (lock-prefixed, so they stay
; atomic when the kernel preempts a thread between any two instructions, and on more CPUs).
bits 64
section .text

global goos_interlocked_exchange_add32, goos_interlocked_exchange_add64
global goos_interlocked_compare_exchange32, goos_interlocked_compare_exchange64
global goos_interlocked_exchange32, goos_interlocked_exchange64

; int goos_interlocked_exchange_add32(int* location, int value): returns the old value.
goos_interlocked_exchange_add32:
    mov eax, esi
    lock xadd [rdi], eax
    ret

goos_interlocked_exchange_add64:
    mov rax, rsi
    lock xadd [rdi], rax
    ret

; int goos_interlocked_compare_exchange32(int* location, int value, int comparand): old value.
goos_interlocked_compare_exchange32:
    mov eax, edx
    lock cmpxchg [rdi], esi
    ret

goos_interlocked_compare_exchange64:
    mov rax, rdx
    lock cmpxchg [rdi], rsi
    ret

goos_interlocked_exchange32:
    mov eax, esi
    xchg [rdi], eax
    ret

goos_interlocked_exchange64:
    mov rax, rsi
    xchg [rdi], rax
    ret
