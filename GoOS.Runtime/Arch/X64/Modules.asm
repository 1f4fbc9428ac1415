; Bounds of the __modules section (pointers to each module's ReadyToRunHeader). The linker
; defines __start___modules and __stop___modules for sections with C-identifier names.
bits 64
section .text

global goos_modules_start, goos_modules_end
extern __start___modules, __stop___modules

goos_modules_start:
    lea rax, [rel __start___modules]
    ret
goos_modules_end:
    lea rax, [rel __stop___modules]
    ret
