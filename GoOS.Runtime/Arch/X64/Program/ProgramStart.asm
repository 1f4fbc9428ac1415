; Where a GoOS program starts (the ELF entry). The kernel enters ring 3 here with rsp at the
; top of the main thread's stack, rdi = argc and rsi = argv (ABI: GoOS.Runtime/Abi/SystemCalls.cs,
; "Process start"). ILC's __managed__Main brings the runtime up (StartupCodeHelpers), runs the
; program's Main and returns its exit code; as in Go, the end of Main ends the whole process.
bits 64
section .text

global _start
extern __managed__Main

SYSTEM_CALL_EXIT_PROCESS equ 4            ; SystemCall.ExitProcess
EXIT_REASON_NORMAL       equ 0            ; ExitReason.Normal

_start:
    and rsp, -16
    call __managed__Main                  ; int (int argc, char** argv)
    movsxd rdi, eax
    mov esi, EXIT_REASON_NORMAL
    mov eax, SYSTEM_CALL_EXIT_PROCESS
    syscall                               ; never returns
    ud2
