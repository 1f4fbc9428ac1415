; Paging instructions for PagingHardware.X64.cs, and the kernel image's section bounds from
; kernel.ld for KernelImage.cs. System V ABI.
bits 64
section .text

global goos_read_cr3, goos_write_cr3, goos_invlpg, goos_enable_global_pages, goos_kernel_sections
global goos_next_nonzero

goos_next_nonzero:         ; int (ulong* table, int from, int count), from < count: first non-zero entry or count
    movsxd rax, esi
    movsxd rcx, edx
    sub rcx, rax
    lea rdi, [rdi + rax * 8]
    xor eax, eax
    repe scasq                ; stops after the first non-zero entry (or at the end)
    je .none
    mov eax, edx
    sub eax, ecx
    dec eax                   ; index of the entry that stopped the scan
    ret
.none:
    mov eax, edx
    ret

goos_read_cr3:             ; ulong ()
    mov rax, cr3
    ret
goos_write_cr3:            ; (ulong pml4Physical): loads an address space, flushing non-global TLB entries
    mov cr3, rdi
    ret
goos_invlpg:               ; (ulong virtualAddress)
    invlpg [rdi]
    ret
goos_enable_global_pages:  ; (): sets CR4.PGE, which also flushes the whole TLB
    mov rax, cr4
    or rax, (1 << 7)
    mov cr4, rax
    ret

extern __kernel_physical_start, __kernel_text_start, __kernel_rodata_start, __kernel_data_start
extern __kernel_stack_guard, __kernel_end
; (ulong* bounds): six addresses, in the order of KernelSections' fields (must agree with it)
goos_kernel_sections:
    mov rax, __kernel_physical_start
    mov [rdi], rax
    mov rax, __kernel_text_start
    mov [rdi + 8], rax
    mov rax, __kernel_rodata_start
    mov [rdi + 16], rax
    mov rax, __kernel_data_start
    mov [rdi + 24], rax
    mov rax, __kernel_stack_guard
    mov [rdi + 32], rax
    mov rax, __kernel_end
    mov [rdi + 40], rax
    ret
