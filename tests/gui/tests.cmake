# Tests that run the real `retain` binary's window. They need an X display: the README's test command
# starts Xvfb and exports DISPLAY; each script also starts a private Xvfb when DISPLAY is unset (display.sh).
set(RETAIN_GUI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

add_test(NAME gui/smoke_screenshot
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/smoke_screenshot.sh" $<TARGET_FILE:retain> "${CMAKE_CURRENT_BINARY_DIR}/gui")
set_tests_properties(gui/smoke_screenshot PROPERTIES TIMEOUT 120)

# Study end to end under Xvfb: five answers by key presses, then the reviews in the database.
add_test(NAME gui/study_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/study_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/study_e2e")
set_tests_properties(gui/study_e2e PROPERTIES TIMEOUT 180)
# The retention check under Xvfb: an answer typed straight after "Start the check" is stored whole.
add_test(NAME gui/check_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/check_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/check_e2e")
set_tests_properties(gui/check_e2e PROPERTIES TIMEOUT 120)
# The drill under Xvfb: typing goes on after "+10 s", and a timer that runs out changes the screen by itself.
add_test(NAME gui/drill_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/drill_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/drill_e2e")
set_tests_properties(gui/drill_e2e PROPERTIES TIMEOUT 120)
# The window as live classroom host: a lobby on 127.0.0.1 whose QR code (read with zbarimg) is the join
# URL, one WebSocket student joins through it and answers, Ctrl+Q mid-game stores that answer.
add_test(NAME gui/live_host_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/live_host_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/live"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/live_host_e2e")
set_tests_properties(gui/live_host_e2e PROPERTIES TIMEOUT 120)
# Suspend in Study under Xvfb: @ suspends with a line saying so, Ctrl+Z brings the question back.
add_test(NAME gui/suspend_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/suspend_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/suspend_e2e")
set_tests_properties(gui/suspend_e2e PROPERTIES TIMEOUT 120)

# The Draft review screen under Xvfb: draft the Russia-Japan article, accept one question, reject one.
add_test(NAME gui/draft_review_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/draft_review_e2e.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SHARED_SOURCE}" "${CMAKE_CURRENT_BINARY_DIR}/gui/draft_review_e2e")
set_tests_properties(gui/draft_review_e2e PROPERTIES TIMEOUT 120)
if(NOT EXISTS "${RETAIN_SHARED_SOURCE}")
  set_tests_properties(gui/draft_review_e2e PROPERTIES DISABLED TRUE)  # the article is beside the checkout only
endif()

# A window locked out of its data folder writes no settings.ini when it closes.
add_test(NAME gui/locked_out_settings
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/locked_out_settings.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e")
set_tests_properties(gui/locked_out_settings PROPERTIES TIMEOUT 60)

# Tests that open a window share the X display: one at a time, or a window that appears while another
# test drives its own (GLFW focuses a new window) takes the key presses meant for that one.
set_tests_properties(gui/smoke_screenshot gui/study_e2e gui/check_e2e gui/drill_e2e gui/live_host_e2e gui/suspend_e2e
                     gui/draft_review_e2e gui/locked_out_settings PROPERTIES RESOURCE_LOCK x_display)

# The live classroom in headless Chromium at a 390x844 phone viewport: join, a choice and a typed answer,
# each result seen on the page and both answers in `retain live --auto --json-events`'s lines.
add_test(NAME live/browser
         COMMAND /usr/bin/python3 "${RETAIN_GUI_TEST_DIR}/live_browser_test.py" $<TARGET_FILE:retain>
                 "${RETAIN_TEST_DATA}/banks/live" "${CMAKE_CURRENT_BINARY_DIR}/live/browser")
set_tests_properties(live/browser PROPERTIES TIMEOUT 120)
# Every question type answered right through its own controls on the phone page.
add_test(NAME live/browser_every_type
         COMMAND /usr/bin/python3 "${RETAIN_GUI_TEST_DIR}/live_browser_test.py" --every-type $<TARGET_FILE:retain>
                 "${RETAIN_TEST_DATA}/banks/live-every" "${CMAKE_CURRENT_BINARY_DIR}/live/browser_every_type")
set_tests_properties(live/browser_every_type PROPERTIES TIMEOUT 180)
# With a class list (`retain live --class`): names as buttons after the PIN, a taken one greyed out.
add_test(NAME live/browser_class_list
         COMMAND /usr/bin/python3 "${RETAIN_GUI_TEST_DIR}/live_class_list_browser_test.py" $<TARGET_FILE:retain>
                 "${RETAIN_TEST_DATA}/banks/live" "${RETAIN_TEST_DATA}/classes/9b.csv" "${CMAKE_CURRENT_BINARY_DIR}/live/browser_class_list")
set_tests_properties(live/browser_class_list PROPERTIES TIMEOUT 120)

# The first start of a 50,000-question library: the window's first frame comes before the banks are in
# (they load on a worker, with a progress bar), then the whole library arrives and the app quits cleanly.
add_executable(retain_test_gen_library "${RETAIN_SOURCE_DIR}/bench/gen_library.cpp")
add_test(NAME gui/big_library_start
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/big_library_start.sh" $<TARGET_FILE:retain> $<TARGET_FILE:retain_test_gen_library>
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/big_library_start")
set_tests_properties(gui/big_library_start PROPERTIES TIMEOUT 180 RESOURCE_LOCK x_display)

# 300 % on 1280x800, 200 % on 800x600 and 1366x768: the window's layout report puts the question, the
# rating buttons and the drill question on screen, and gives the question and feedback room.
add_test(NAME gui/layout_scales
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/layout_scales.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/layout_scales")
set_tests_properties(gui/layout_scales PROPERTIES TIMEOUT 180 RESOURCE_LOCK x_display)
