; Port I/O for driver programs (GoOS.Ports). Ring 3 may use only the ports the kernel granted
; the program (the TSS I/O bitmap); any other port ends the program with a message naming it.
bits 64
section .text

global goos_port_in8, goos_port_out8, goos_port_in16, goos_port_out16, goos_port_in32, goos_port_out32

goos_port_in8:                          ; byte (ushort port)
    mov edx, edi
    xor eax, eax
    in al, dx
    ret

goos_port_out8:                         ; void (ushort port, byte value)
    mov edx, edi
    mov eax, esi
    out dx, al
    ret

goos_port_in16:
    mov edx, edi
    xor eax, eax
    in ax, dx
    ret

goos_port_out16:
    mov edx, edi
    mov eax, esi
    out dx, ax
    ret

goos_port_in32:
    mov edx, edi
    in eax, dx
    ret

goos_port_out32:
    mov edx, edi
    mov eax, esi
    out dx, eax
    ret
