; Transitions ILC emits around native-callable entry points. GoOS runs managed code only,
; on one runtime per image, so entering and leaving managed code needs no bookkeeping.
bits 64
section .text

global RhpReversePInvoke, RhpReversePInvokeReturn

RhpReversePInvoke:         ; (ReversePInvokeFrame*) called in the prologue of UnmanagedCallersOnly methods
    ret

RhpReversePInvokeReturn:   ; (ReversePInvokeFrame*) called in their epilogue
    ret

section .data
align 8
global __security_cookie
; Stack-buffer guard value ILC compares on return from methods with stackalloc.
__security_cookie:
    dq 0x2B992DDFA23249D6
