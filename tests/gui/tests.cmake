# Tests that run the real `retain` binary. GUI ones need an X display: the README's test command starts
# Xvfb and exports DISPLAY; each script also starts a private Xvfb when DISPLAY is unset (display.sh).
set(RETAIN_GUI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

add_test(NAME gui/smoke_screenshot
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/smoke_screenshot.sh" $<TARGET_FILE:retain> "${CMAKE_CURRENT_BINARY_DIR}/gui")
add_test(NAME cli/usage
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/cli_usage.sh" $<TARGET_FILE:retain>)
set_tests_properties(gui/smoke_screenshot PROPERTIES TIMEOUT 120)

# The bundled banks lint clean, with every evidence phrase found in its cited paragraph when the
# source article is beside the checkout (../shared/source).
if(EXISTS "${RETAIN_SHARED_SOURCE}")
  add_test(NAME cli/lint_bundled_banks
           COMMAND $<TARGET_FILE:retain> lint --source "${RETAIN_SHARED_SOURCE}" "${RETAIN_SOURCE_DIR}/questions")
else()
  add_test(NAME cli/lint_bundled_banks COMMAND $<TARGET_FILE:retain> lint "${RETAIN_SOURCE_DIR}/questions")
endif()

# `retain fsrs replay` on the documented sample prints exactly the hand-computed rows (docs/scheduling.md).
add_test(NAME cli/fsrs_replay_sample
         COMMAND bash -c "\"$1\" fsrs replay \"$2/replay_sample.csv\" | diff - \"$2/replay_sample_expected.csv\""
                 _ $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/fsrs")
# The profile's scheduler (migrated from an old settings.ini, then changed in the database) is the one
# `retain study --terminal` schedules with.
add_test(NAME cli/profile_scheduler
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/profile_scheduler_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e")
# `retain fsrs evaluate`, `optimize` and `simulate` on the ts-fsrs golden file's rows: JSON, exit codes.
add_test(NAME cli/fsrs_verbs
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/fsrs_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/fsrs/ts_fsrs_golden.csv")
# `retain fsrs evaluate` and `optimize` on the shared real review log agree with fsrs-rs's figures; only
# when the shared folder is beside the checkout.
set(RETAIN_SHARED_REVIEW_LOG "${CMAKE_SOURCE_DIR}/../shared/data/review-log-sample.csv")
if(EXISTS "${RETAIN_SHARED_REVIEW_LOG}")
  add_test(NAME cli/fsrs_shared_log
           COMMAND bash "${RETAIN_GUI_TEST_DIR}/fsrs_shared_log_test.sh" $<TARGET_FILE:retain> "${RETAIN_SHARED_REVIEW_LOG}")
endif()
add_test(NAME cli/study_kill COMMAND bash "${RETAIN_GUI_TEST_DIR}/study_kill_test.sh" $<TARGET_FILE:retain>)
# Study end to end under Xvfb: five answers by key presses, then the reviews in the database.
add_test(NAME gui/study_e2e
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/study_e2e.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e"
                 "${CMAKE_CURRENT_BINARY_DIR}/gui/study_e2e")
set_tests_properties(gui/study_e2e PROPERTIES TIMEOUT 180)

# `retain grade` accepts the equivalent forms of the grading issue and refuses near-but-wrong ones.
add_test(NAME cli/grade_forms
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/grade_cli_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SOURCE_DIR}/questions/russia-japan-2018.yaml")
add_test(NAME cli/exam_report COMMAND bash "${RETAIN_GUI_TEST_DIR}/exam_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e" "${CMAKE_CURRENT_BINARY_DIR}/cli/exam_report")

# Review results exported as CSV after a terminal study session.
add_test(NAME cli/export_review_csv
         COMMAND bash "${RETAIN_GUI_TEST_DIR}/export_csv_test.sh" $<TARGET_FILE:retain> "${RETAIN_SOURCE_DIR}/questions")

# Tests that open a window share the X display: one at a time, or a window that appears while another
# test drives its own (GLFW focuses a new window) takes the key presses meant for that one.
set_tests_properties(gui/smoke_screenshot gui/study_e2e PROPERTIES RESOURCE_LOCK x_display)

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
