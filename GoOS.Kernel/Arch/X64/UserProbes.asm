; Small ring-3 programs the kernel's boot tests and benchmarks run before real programs exist
; (they arrive with the process work). Each is position-independent: the kernel copies its
; bytes into a fresh user page and starts a user thread there. System calls follow
; GoOS.Runtime/Abi/SystemCalls.cs (0 Null, 1 DebugWrite, 2 Exit, 3 Yield).
; goos_user_probes holds {start, end} for each probe, in the order of UserProbe.X64.cs.
bits 64
section .rodata

%define SYS_NULL        0
%define SYS_DEBUG_WRITE 1
%define SYS_EXIT        2
%define SYS_YIELD       3

%macro READ_TSC 0                 ; rax = the time-stamp counter (clobbers rdx)
    rdtsc
    shl rdx, 32
    or rax, rdx
%endmacro

; rax = (rax - r13) / r12: ticks per iteration of a loop timed from r13 over r12 iterations
%macro TICKS_PER_ITERATION 0
    sub rax, r13
    xor edx, edx
    div r12
%endmacro

%macro EXIT_WITH_RAX 0
    mov rdi, rax
    mov eax, SYS_EXIT
    syscall
%endmacro

align 16
probe_hello:                      ; writes a greeting, exits with DebugWrite's result (its length)
    lea rdi, [rel .message]
    mov esi, .end - .message
    mov eax, SYS_DEBUG_WRITE
    syscall
    EXIT_WITH_RAX
.message: db "hello from ring 3", 10
.end:
probe_hello_end:

probe_spin:                       ; never yields, never ends: only preemption takes the CPU back
    jmp probe_spin
probe_spin_end:

probe_null_read:                  ; page fault reading address 0
    mov rax, [0]
    ud2
probe_null_read_end:

probe_kernel_write:               ; page fault writing kernel memory (the direct map)
    mov rax, 0xFFFF800000100000
    mov qword [rax], 1
    ud2
probe_kernel_write_end:

probe_wild_jump:                  ; page fault fetching from an unmapped address
    mov rax, 0x00007FFFDEAD0000
    jmp rax
probe_wild_jump_end:

probe_divide_by_zero:             ; divide error
    mov eax, 1
    xor edx, edx
    xor ecx, ecx
    div ecx
    ud2
probe_divide_by_zero_end:

probe_stack_overflow:             ; recursion until the guard page below the user stack
    call probe_stack_overflow
probe_stack_overflow_end:

probe_bad_pointer:                ; DebugWrite from a kernel address: exits with the status
    mov rdi, 0xFFFF800000000000
    mov esi, 16
    mov eax, SYS_DEBUG_WRITE
    syscall
    EXIT_WITH_RAX
probe_bad_pointer_end:

probe_unmapped_pointer:           ; DebugWrite from an unmapped user address: exits with the status
    mov rdi, 0x0000000010000000
    mov esi, 16
    mov eax, SYS_DEBUG_WRITE
    syscall
    EXIT_WITH_RAX
probe_unmapped_pointer_end:

probe_bad_length:                 ; DebugWrite of 1 TiB from its own code: exits with the status
    lea rdi, [rel probe_bad_length]
    mov rsi, 1 << 40
    mov eax, SYS_DEBUG_WRITE
    syscall
    EXIT_WITH_RAX
probe_bad_length_end:

probe_bad_number:                 ; an undefined system call: exits with the status
    mov eax, 0x7FFF
    syscall
    EXIT_WITH_RAX
probe_bad_number_end:

probe_null_syscalls:              ; rdi = count: times count null system calls, exits with ticks per call
    mov rbx, rdi
    mov r12, rdi
    READ_TSC
    mov r13, rax
.loop:
    mov eax, SYS_NULL
    syscall
    dec rbx
    jnz .loop
    READ_TSC
    TICKS_PER_ITERATION
    EXIT_WITH_RAX
probe_null_syscalls_end:

probe_yield_loop:                 ; rdi = count: yields count times, exits with ticks per yield
    mov rbx, rdi
    mov r12, rdi
    READ_TSC
    mov r13, rax
.loop:
    mov eax, SYS_YIELD
    syscall
    dec rbx
    jnz .loop
    READ_TSC
    TICKS_PER_ITERATION
    EXIT_WITH_RAX
probe_yield_loop_end:

align 8
global goos_user_probes
goos_user_probes:
    dq probe_hello, probe_hello_end
    dq probe_spin, probe_spin_end
    dq probe_null_read, probe_null_read_end
    dq probe_kernel_write, probe_kernel_write_end
    dq probe_wild_jump, probe_wild_jump_end
    dq probe_divide_by_zero, probe_divide_by_zero_end
    dq probe_stack_overflow, probe_stack_overflow_end
    dq probe_bad_pointer, probe_bad_pointer_end
    dq probe_unmapped_pointer, probe_unmapped_pointer_end
    dq probe_bad_length, probe_bad_length_end
    dq probe_bad_number, probe_bad_number_end
    dq probe_null_syscalls, probe_null_syscalls_end
    dq probe_yield_loop, probe_yield_loop_end

section .text
global goos_user_probes_table
goos_user_probes_table:           ; ulong* (): the {start, end} pairs above
    lea rax, [rel goos_user_probes]
    ret
