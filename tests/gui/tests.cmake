# Tests that run the real `retain` binary's window. They need an X display: the README's test command
# starts Xvfb and exports DISPLAY; each script also starts a private Xvfb when DISPLAY is unset (display.sh).
set(RETAIN_GUI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

# retain_gui_test(NAME <test> SCRIPT <file in tests/gui> TIMEOUT <seconds> [X_DISPLAY] ARGS <arg>...)
# registers one script (a .py runs under Debian's /usr/bin/python3, anything else under bash) with its
# timeout. X_DISPLAY: the test opens a window, so it takes the shared display lock: one at a time, or a
# window that appears while another test drives its own (GLFW focuses a new window) takes the key presses
# meant for that one.
function(retain_gui_test)
  cmake_parse_arguments(T "X_DISPLAY" "NAME;SCRIPT;TIMEOUT" "ARGS" ${ARGN})
  if(T_SCRIPT MATCHES "\\.py$")
    set(runner /usr/bin/python3)
  else()
    set(runner bash)
  endif()
  add_test(NAME ${T_NAME} COMMAND ${runner} "${RETAIN_GUI_TEST_DIR}/${T_SCRIPT}" ${T_ARGS})
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
  if(T_X_DISPLAY)
    set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK x_display)
  endif()
endfunction()

set(retain_bin $<TARGET_FILE:retain>)
set(gui_out "${CMAKE_CURRENT_BINARY_DIR}/gui")

retain_gui_test(NAME gui/smoke_screenshot SCRIPT smoke_screenshot.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${gui_out}")
# Study end to end under Xvfb: five answers by key presses, then the reviews in the database.
retain_gui_test(NAME gui/study_e2e SCRIPT study_e2e.sh TIMEOUT 180 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/study_e2e")
# The retention check under Xvfb: an answer typed straight after "Start the check" is stored whole.
retain_gui_test(NAME gui/check_e2e SCRIPT check_e2e.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/check_e2e")
# The drill under Xvfb: typing goes on after "+10 s", and a timer that runs out changes the screen by itself.
retain_gui_test(NAME gui/drill_e2e SCRIPT drill_e2e.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/drill_e2e")
# The window as live classroom host: a lobby on 127.0.0.1 whose QR code (read with zbarimg) is the join
# URL, one WebSocket student joins through it and answers, Ctrl+Q mid-game stores that answer.
retain_gui_test(NAME gui/live_host_e2e SCRIPT live_host_e2e.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live" "${gui_out}/live_host_e2e")
# The Live tab's class-list choice, a kick from the reveal's Players popup, and the reveal's Next button
# inside the window at 200 % on 1280x800 and 800x600 (found through the window's layout report).
retain_gui_test(NAME gui/live_class_kick_e2e SCRIPT live_class_kick_e2e.sh TIMEOUT 300 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live" "${RETAIN_TEST_DATA}/classes/9b.csv"
                     "${gui_out}/live_class_kick_e2e")
# Suspend in Study under Xvfb: @ suspends with a line saying so, Ctrl+Z brings the question back.
retain_gui_test(NAME gui/suspend_e2e SCRIPT suspend_e2e.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/suspend_e2e")

# The Draft review screen under Xvfb: draft the Russia-Japan article, accept one question, reject one.
retain_gui_test(NAME gui/draft_review_e2e SCRIPT draft_review_e2e.sh TIMEOUT 120 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_SHARED_SOURCE}" "${gui_out}/draft_review_e2e")
if(NOT EXISTS "${RETAIN_SHARED_SOURCE}")
  set_tests_properties(gui/draft_review_e2e PROPERTIES DISABLED TRUE)  # the article is beside the checkout only
endif()

# A window locked out of its data folder writes no settings.ini when it closes.
retain_gui_test(NAME gui/locked_out_settings SCRIPT locked_out_settings.sh TIMEOUT 60 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e")

# A start backup refused by integrity_check shows its warning on Home while the window is open.
retain_gui_test(NAME gui/backup_warning_window SCRIPT backup_warning_window.sh TIMEOUT 60 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/backup_warning_window")

# The live classroom in headless Chromium at a 390x844 phone viewport: join, a choice and a typed answer,
# each result seen on the page and both answers in `retain live --auto --json-events`'s lines.
retain_gui_test(NAME live/browser SCRIPT live_browser_test.py TIMEOUT 120
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live" "${CMAKE_CURRENT_BINARY_DIR}/live/browser")
# Every question type answered right through its own controls on the phone page.
retain_gui_test(NAME live/browser_every_type SCRIPT live_browser_test.py TIMEOUT 180
                ARGS --every-type ${retain_bin} "${RETAIN_TEST_DATA}/banks/live-every"
                     "${CMAKE_CURRENT_BINARY_DIR}/live/browser_every_type")
# Pictures on the phones: the question's and its choices' pictures load in <img alt>; only the game's
# picture URLs are served (a random path under /picture/ is a 404).
retain_gui_test(NAME live/browser_pictures SCRIPT live_pictures_browser_test.py TIMEOUT 120
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live-pictures" "${CMAKE_CURRENT_BINARY_DIR}/live/browser_pictures")
# With a class list (`retain live --class`): names as buttons after the PIN, a taken one greyed out.
retain_gui_test(NAME live/browser_class_list SCRIPT live_class_list_browser_test.py TIMEOUT 120
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live" "${RETAIN_TEST_DATA}/classes/9b.csv"
                     "${CMAKE_CURRENT_BINARY_DIR}/live/browser_class_list")
# The self-paced paper (`retain live --self-paced`): its own paper, an answer changed, a reload that keeps
# it, a save on a closed socket sent again, typing saved by a pause and by moving on without "Save answer",
# the review page, the hand-in and the per-question result; the host stores both answers.
retain_gui_test(NAME live/browser_paper SCRIPT live_paper_browser_test.py TIMEOUT 120
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/live" "${CMAKE_CURRENT_BINARY_DIR}/live/browser_paper")

# The first start of a 50,000-question library: the window's first frame comes before the banks are in
# (they load on a worker, with a progress bar), then the whole library arrives and the app quits cleanly.
add_executable(retain_test_gen_library "${RETAIN_SOURCE_DIR}/bench/gen_library.cpp")
retain_gui_test(NAME gui/big_library_start SCRIPT big_library_start.sh TIMEOUT 180 X_DISPLAY
                ARGS ${retain_bin} $<TARGET_FILE:retain_test_gen_library> "${gui_out}/big_library_start")

# 300 % on 1280x800, 200 % on 800x600 and 1366x768: the window's layout report puts the question, the
# rating buttons and the drill question on screen, and gives the question and feedback room.
retain_gui_test(NAME gui/layout_scales SCRIPT layout_scales.sh TIMEOUT 180 X_DISPLAY
                ARGS ${retain_bin} "${RETAIN_TEST_DATA}/banks/e2e" "${gui_out}/layout_scales")
