; Bounds of the tables build/GoOS.ImageTool writes into every image (goos-tables.o): type
; names, generic-virtual-method implementations and method names.
; Layouts: GoOS.Runtime/Runtime/ImageTables.cs.
bits 64
section .text

global goos_image_type_names, goos_image_type_names_end, goos_image_gvms, goos_image_gvms_end
global goos_image_method_runs, goos_image_method_runs_end, goos_image_method_name_text
extern goos_type_names, goos_type_names_end, goos_gvm_table, goos_gvm_table_end
extern goos_method_runs, goos_method_runs_end, goos_method_name_text

goos_image_type_names:
    lea rax, [rel goos_type_names]
    ret
goos_image_type_names_end:
    lea rax, [rel goos_type_names_end]
    ret
goos_image_gvms:
    lea rax, [rel goos_gvm_table]
    ret
goos_image_gvms_end:
    lea rax, [rel goos_gvm_table_end]
    ret
goos_image_method_runs:
    lea rax, [rel goos_method_runs]
    ret
goos_image_method_runs_end:
    lea rax, [rel goos_method_runs_end]
    ret
goos_image_method_name_text:
    lea rax, [rel goos_method_name_text]
    ret
