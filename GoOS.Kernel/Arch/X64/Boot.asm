; GoOS boot: GRUB (multiboot2) enters _start in 32-bit protected mode with paging off.
; We build the boot page tables, enter long mode, move to the higher half, drop the
; identity map (so page 0 is unmapped and null dereferences fault), enable SSE and
; call the C# entry goos_kernel_main(multiboot magic, multiboot info physical address).
;
; Address space (must agree with KernelLayout.cs and kernel.ld):
;   0xFFFF800000000000 + p  direct map of physical memory p < 4 GiB (2 MiB pages)
;   0xFFFFFFFF80000000 + p  the kernel image, physical p < 1 GiB (2 MiB pages)

%define KERNEL_VMA        0xFFFFFFFF80000000
%define DIRECT_MAP_VMA    0xFFFF800000000000
%define BOOT_STACK_SIZE   (256 * 1024)

%define PAGE_PRESENT      1
%define PAGE_WRITABLE     2
%define PAGE_LARGE        0x80

%define MB2_MAGIC         0xE85250D6
%define MB2_ARCH_I386     0

section .multiboot2 progbits alloc noexec nowrite align=8
mb2_header:
    dd MB2_MAGIC
    dd MB2_ARCH_I386
    dd mb2_header_end - mb2_header
    dd -(MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))
    ; entry address tag: GRUB jumps to the physical _start
    align 8
    dw 3, 0
    dd 12
    dd _start
    ; module alignment tag: GRUB loads every module (program image) on a page boundary, so
    ; their read-only pages can be mapped into processes as they are (ProgramLoader)
    align 8
    dw 6, 0
    dd 8
    ; end tag
    align 8
    dw 0, 0
    dd 8
mb2_header_end:

section .boot.text progbits alloc exec nowrite align=16
bits 32
global _start
_start:
    cli
    mov esp, boot_stack_low_top
    mov edi, eax                    ; multiboot2 magic, first C# argument
    mov esi, ebx                    ; multiboot2 info (physical), second C# argument

    ; PML4[0] -> identity map of the first GiB (only while we switch to the higher half)
    mov eax, pdpt_identity
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pml4], eax
    mov eax, pd_low
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pdpt_identity], eax

    ; PML4[256] -> direct map of physical 0..4 GiB
    mov eax, pdpt_direct
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pml4 + 256 * 8], eax
    mov ecx, 0
.direct_pdpt:
    mov eax, ecx
    shl eax, 12
    add eax, pd_direct
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pdpt_direct + ecx * 8], eax
    inc ecx
    cmp ecx, 4
    jne .direct_pdpt

    ; the 2048 entries of pd_direct map 4 GiB; pd_low (first 512) is shared by identity and kernel maps
    mov ecx, 0
.direct_pd:
    mov eax, ecx
    shl eax, 21
    or eax, PAGE_PRESENT | PAGE_WRITABLE | PAGE_LARGE
    mov edx, ecx
    shr edx, 11                      ; high dword of the physical address: ecx >> 11
    mov [pd_direct + ecx * 8], eax
    mov [pd_direct + ecx * 8 + 4], edx
    cmp ecx, 512
    jae .not_low
    mov [pd_low + ecx * 8], eax
.not_low:
    inc ecx
    cmp ecx, 2048
    jne .direct_pd

    ; PML4[511] -> PDPT[510] -> the first GiB again, at KERNEL_VMA
    mov eax, pdpt_kernel
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pml4 + 511 * 8], eax
    mov eax, pd_low
    or eax, PAGE_PRESENT | PAGE_WRITABLE
    mov [pdpt_kernel + 510 * 8], eax

    mov eax, pml4
    mov cr3, eax
    mov eax, cr4
    or eax, (1 << 5)                 ; PAE
    mov cr4, eax
    mov ecx, 0xC0000080              ; EFER
    rdmsr
    or eax, (1 << 8) | (1 << 11)     ; long mode, no-execute
    wrmsr
    mov eax, cr0
    or eax, (1 << 31) | (1 << 16)    ; paging, write protect
    mov cr0, eax

    lgdt [gdt64_pointer_low]
    jmp 0x08:long_mode_low

bits 64
long_mode_low:
    mov rax, higher_half
    jmp rax

section .text
higher_half:
    mov ax, 0x10
    mov ds, ax
    mov es, ax
    mov ss, ax
    xor ax, ax
    mov fs, ax
    mov gs, ax
    mov rsp, boot_stack_top
    xor rbp, rbp

    ; the GDT was loaded by its physical address: reload it from the higher half
    mov rax, gdt64_pointer
    lgdt [rax]

    ; drop the identity map: from here on, the low half (page 0 included) is unmapped
    mov rax, pml4 + KERNEL_VMA
    mov qword [rax], 0
    mov rax, cr3
    mov cr3, rax

    ; SSE: managed code uses it freely
    mov rax, cr0
    and ax, ~(1 << 2)                ; clear EM
    or ax, (1 << 1)                  ; set MP
    mov cr0, rax
    mov rax, cr4
    or rax, (1 << 9) | (1 << 10)     ; OSFXSR, OSXMMEXCPT
    mov cr4, rax

    extern goos_kernel_main
    ; rdi = magic, rsi = multiboot info physical address (zero-extended by the 32-bit moves)
    mov edi, edi
    mov esi, esi
    call goos_kernel_main
.halt:
    cli
    hlt
    jmp .halt

section .rodata
align 16
gdt64:
    dq 0
    dq 0x00AF9A000000FFFF            ; 0x08 kernel code, 64-bit
    dq 0x00CF92000000FFFF            ; 0x10 kernel data
gdt64_end:
gdt64_pointer:
    dw gdt64_end - gdt64 - 1
    dq gdt64

section .boot.data progbits alloc noexec write align=16
gdt64_pointer_low:
    dw gdt64_end - gdt64 - 1
    dd gdt64 - KERNEL_VMA

section .boot.bss nobits alloc noexec write align=4096
global pml4
pml4:           resb 4096
pdpt_identity:  resb 4096
pdpt_direct:    resb 4096
pdpt_kernel:    resb 4096
pd_low:         resb 4096
pd_direct:      resb 4 * 4096
boot_stack_low: resb 4096
boot_stack_low_top:

; In its own section: kernel.ld puts an unmapped guard page below it.
section .stack nobits alloc noexec write align=4096
global boot_stack_bottom
boot_stack_bottom:
    resb BOOT_STACK_SIZE
boot_stack_top:
