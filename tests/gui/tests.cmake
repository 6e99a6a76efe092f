# Tests that run the real `retain` binary. GUI ones need an X display: the README's test command starts
# Xvfb and exports DISPLAY; each script also falls back to xvfb-run when DISPLAY is unset.
set(RETAIN_GUI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

add_test(NAME gui/smoke_screenshot
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/smoke_screenshot.sh" $<TARGET_FILE:retain> "${CMAKE_CURRENT_BINARY_DIR}/gui")
add_test(NAME cli/usage
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/cli_usage.sh" $<TARGET_FILE:retain>)
set_tests_properties(gui/smoke_screenshot PROPERTIES TIMEOUT 120)
