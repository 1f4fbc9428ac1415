; Single-instruction CPU operations the C# kernel calls directly (RuntimeImport), System V ABI.
bits 64
section .text

global goos_out8, goos_out32, goos_in8
global goos_halt_forever, goos_read_tsc, goos_read_cr2

goos_out8:                 ; (ushort port, byte value)
    mov dx, di
    mov al, sil
    out dx, al
    ret
goos_out32:
    mov dx, di
    mov eax, esi
    out dx, eax
    ret
goos_in8:                  ; byte (ushort port)
    mov dx, di
    xor eax, eax
    in al, dx
    ret
goos_halt_forever:
    cli
.again:
    hlt
    jmp .again
goos_read_tsc:             ; ulong ()
    rdtsc
    shl rdx, 32
    or rax, rdx
    ret
goos_read_cr2:
    mov rax, cr2
    ret

global goos_read_msr, goos_write_msr, goos_cpuid
goos_read_msr:             ; ulong (uint msr)
    mov ecx, edi
    rdmsr
    shl rdx, 32
    or rax, rdx
    ret
goos_write_msr:            ; (uint msr, ulong value)
    mov ecx, edi
    mov eax, esi
    mov rdx, rsi
    shr rdx, 32
    wrmsr
    ret
goos_cpuid:                ; (uint leaf, uint subleaf, uint* eaxEbxEcxEdx)
    push rbx
    mov r8, rdx
    mov eax, edi
    mov ecx, esi
    cpuid
    mov [r8], eax
    mov [r8 + 4], ebx
    mov [r8 + 8], ecx
    mov [r8 + 12], edx
    pop rbx
    ret

global goos_enable_interrupts, goos_disable_interrupts, goos_wait_for_interrupt, goos_interrupts_enabled
goos_enable_interrupts:
    sti
    ret
goos_disable_interrupts:
    cli
    ret
goos_wait_for_interrupt:   ; sti takes effect after hlt starts, so no interrupt slips in between
    sti
    hlt
    cli
    ret
goos_interrupts_enabled:   ; bool (): RFLAGS.IF
    pushfq
    pop rax
    shr eax, 9
    and eax, 1
    ret

global goos_load_task_register, goos_store_task_register, goos_store_gdt
goos_load_task_register:   ; (ushort selector)
    ltr di
    ret
goos_store_task_register:  ; ushort ()
    xor eax, eax
    str ax
    ret
goos_store_gdt:            ; (byte* tenBytes): limit (2 bytes) then base (8 bytes)
    sgdt [rdi]
    ret

global goos_kernel_end
extern __kernel_end
goos_kernel_end:           ; ulong (): first virtual address past the kernel image
    mov rax, __kernel_end
    ret

global goos_load_idt, goos_exception_stub_table, goos_set_cpu_exception_handler
extern goos_exception_stubs, goos_cpu_exception_handler
goos_load_idt:             ; (void* base, ushort limit)
    sub rsp, 16
    mov [rsp], si
    mov [rsp + 2], rdi
    lidt [rsp]
    add rsp, 16
    ret
goos_set_cpu_exception_handler:  ; (void (*handler)(InterruptFrame*))
    mov [rel goos_cpu_exception_handler], rdi
    ret
goos_exception_stub_table: ; ulong* (): entries of the 32 exception stubs
    lea rax, [rel goos_exception_stubs]
    ret

