; ulong goos_read_time_stamp(): the CPU's time-stamp counter (user mode may read it). Under
; QEMU -icount it counts instructions: the unit of every GoOS benchmark.
bits 64
section .text

global goos_read_time_stamp

goos_read_time_stamp:
    rdtsc
    shl rdx, 32
    or rax, rdx
    ret
