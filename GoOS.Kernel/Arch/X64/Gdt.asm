; Loading the GDT built by Gdt.X64.cs, and the interrupt stacks the TSS points at.
bits 64
section .text

global goos_load_gdt, goos_ist_stack_top

; (void* base, ushort limit, ushort codeSelector, ushort dataSelector): loads the GDT, then
; reloads SS, DS and ES with the data selector and CS (through a far return) with the code
; selector. FS and GS keep the null selector Boot.asm gave them (their bases are MSRs).
goos_load_gdt:
    sub rsp, 16
    mov [rsp], si
    mov [rsp + 2], rdi
    lgdt [rsp]
    add rsp, 16
    mov ss, cx
    mov ds, cx
    mov es, cx
    movzx rdx, dx
    pop rax                         ; our return address
    push rdx
    push rax
    o64 retf                        ; returns to the caller with CS = codeSelector

; ulong (int index): the top of IST stack index (0 double fault, 1 NMI, 2 machine check).
; The order must agree with TaskStateSegment.X64.cs (IstStack).
goos_ist_stack_top:
    lea rax, [rel ist_stack_tops]
    mov rax, [rax + rdi * 8]
    ret

section .rodata
align 8
ist_stack_tops:
    dq ist_double_fault_top, ist_nmi_top, ist_machine_check_top

; Each IST stack sits on its own pages, above a 4 KiB page of its own (goos_ist_guard_*). The
; boot map covers them with 2 MiB pages today; once the kernel image is mapped with 4 KiB pages,
; leaving the guard pages unmapped turns an overflow of an IST stack into a fault.
%define IST_STACK_SIZE (16 * 1024)
section .bss nobits alloc noexec write align=4096
global goos_ist_guard_double_fault, goos_ist_guard_nmi, goos_ist_guard_machine_check
goos_ist_guard_double_fault:    resb 4096
    resb IST_STACK_SIZE
ist_double_fault_top:
goos_ist_guard_nmi:             resb 4096
    resb IST_STACK_SIZE
ist_nmi_top:
goos_ist_guard_machine_check:   resb 4096
    resb IST_STACK_SIZE
ist_machine_check_top:
