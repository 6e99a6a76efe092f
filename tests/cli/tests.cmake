# Tests that run the real `retain` binary's verbs. Registered with or without the GUI: in a build with
# RETAIN_BUILD_GUI=OFF (the sanitizer build of tools/setup.sh) they run against the headless retain.
set(RETAIN_CLI_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

add_test(NAME cli/usage
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/cli_usage.sh" $<TARGET_FILE:retain>)

# The bundled banks lint clean; with the source article beside the checkout (../shared/source), every
# evidence phrase is also found in its cited paragraph (not run in a clone without it).
add_test(NAME cli/lint_bundled_banks COMMAND $<TARGET_FILE:retain> lint "${RETAIN_SOURCE_DIR}/questions")
add_test(NAME cli/lint_bundled_banks_evidence
         COMMAND $<TARGET_FILE:retain> lint --source "${RETAIN_SHARED_SOURCE}" "${RETAIN_SOURCE_DIR}/questions")
if(NOT EXISTS "${RETAIN_SHARED_SOURCE}")
  set_tests_properties(cli/lint_bundled_banks_evidence PROPERTIES DISABLED TRUE)
endif()
# `retain draft`: the article's draft passes `lint --source` (the article given only when it is beside the
# checkout); bad input (empty, binary, 5 MB, no facts, German) is refused with a message naming the file.
if(EXISTS "${RETAIN_SHARED_SOURCE}")
  add_test(NAME cli/draft_article
           COMMAND bash "${RETAIN_CLI_TEST_DIR}/draft_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_SHARED_SOURCE}")
else()
  add_test(NAME cli/draft_bad_input COMMAND bash "${RETAIN_CLI_TEST_DIR}/draft_cli_test.sh" $<TARGET_FILE:retain>)
endif()

# `retain fsrs replay` on the documented sample prints exactly the hand-computed rows (docs/scheduling.md).
add_test(NAME cli/fsrs_replay_sample
         COMMAND bash -c "\"$1\" fsrs replay \"$2/replay_sample.csv\" | diff - \"$2/replay_sample_expected.csv\""
                 _ $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/fsrs")
# The profile's scheduler (migrated from an old settings.ini, then changed in the database) is the one
# `retain study --terminal` schedules with.
add_test(NAME cli/profile_scheduler
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/profile_scheduler_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e")
add_test(NAME cli/study_kill COMMAND bash "${RETAIN_CLI_TEST_DIR}/study_kill_test.sh" $<TARGET_FILE:retain>)
# Faults (issue 19): kills during the very first start; a FIFO among the bank files.
add_test(NAME cli/first_start_kill COMMAND bash "${RETAIN_CLI_TEST_DIR}/first_start_kill_test.sh" $<TARGET_FILE:retain>)
add_test(NAME cli/fifo_bank COMMAND bash "${RETAIN_CLI_TEST_DIR}/fifo_bank_test.sh" $<TARGET_FILE:retain>)
add_test(NAME cli/stats_data_folder COMMAND bash "${RETAIN_CLI_TEST_DIR}/stats_data_folder_test.sh" $<TARGET_FILE:retain>)
add_test(NAME cli/backup_kill COMMAND bash "${RETAIN_CLI_TEST_DIR}/backup_kill_test.sh" $<TARGET_FILE:retain>)
# A backup that cannot be written is said by study, exam and live, never dropped.
add_test(NAME cli/backup_warnings
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/backup_warning_cli_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_TEST_DATA}/banks/e2e" "${RETAIN_TEST_DATA}/banks/live")
set_tests_properties(cli/backup_warnings PROPERTIES TIMEOUT 60)
# A CSV too big for one bank file becomes a bank folder.
add_test(NAME cli/import_big COMMAND bash "${RETAIN_CLI_TEST_DIR}/import_big_test.sh" $<TARGET_FILE:retain>)
# A full tmpfs under the data folder; skipped (exit 77, shown as skipped) where no tmpfs can be mounted.
add_test(NAME cli/disk_full_tmpfs COMMAND bash "${RETAIN_CLI_TEST_DIR}/disk_full_tmpfs_test.sh" $<TARGET_FILE:retain>)
set_tests_properties(cli/disk_full_tmpfs PROPERTIES SKIP_RETURN_CODE 77)
set_tests_properties(cli/first_start_kill cli/fifo_bank cli/backup_kill cli/disk_full_tmpfs PROPERTIES TIMEOUT 120)
set_tests_properties(cli/import_big PROPERTIES TIMEOUT 300)

# `retain grade` accepts the equivalent forms of the grading issue and refuses near-but-wrong ones.
add_test(NAME cli/grade_forms
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/grade_cli_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SOURCE_DIR}/questions/russia-japan-2018.yaml")
# ... and the forms of issue 18 (titles, "name (SHORT)", company suffixes, allow_extra, date phrases).
add_test(NAME cli/grade_answer_forms
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/answer_forms_cli_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SOURCE_DIR}/questions/russia-japan-2018.yaml")
add_test(NAME cli/exam_report COMMAND bash "${RETAIN_CLI_TEST_DIR}/exam_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e" "${CMAKE_CURRENT_BINARY_DIR}/cli/exam_report")
# `retain report` reads a schema-5 folder through an upgraded copy and leaves it untouched.
add_test(NAME cli/report_older_schema
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/report_older_schema_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SOURCE_DIR}/src/core/storage/schema_sql.cpp")
# Class lists (`retain class import/list`), the exam's review page and `retain report` over two data folders.
add_test(NAME cli/class_report COMMAND bash "${RETAIN_CLI_TEST_DIR}/class_report_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/banks/e2e" "${CMAKE_CURRENT_BINARY_DIR}/cli/class_report")

# Review results exported as CSV after a terminal study session.
add_test(NAME cli/export_review_csv
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/export_csv_test.sh" $<TARGET_FILE:retain> "${RETAIN_SOURCE_DIR}/questions")

# The headless retain links nothing of the GUI and runs lint, grade, study --terminal, stats and fsrs
# replay; the window and --screenshot are refused with a clear message.
if(NOT RETAIN_BUILD_GUI)
  add_test(NAME cli/headless_build
           COMMAND bash "${RETAIN_CLI_TEST_DIR}/headless_build_test.sh" $<TARGET_FILE:retain>
                   "${RETAIN_SOURCE_DIR}/questions" "${RETAIN_TEST_DATA}/fsrs")
endif()

# `retain fsrs evaluate`, `optimize` and `simulate` on the ts-fsrs golden file's rows: JSON, exit codes.
add_test(NAME cli/fsrs_verbs
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/fsrs_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_TEST_DATA}/fsrs/ts_fsrs_golden.csv")
# `retain fsrs evaluate` and `optimize` on the shared real review log agree with fsrs-rs's figures (not run
# in a clone without ../shared).
add_test(NAME cli/fsrs_shared_log
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/fsrs_shared_log_test.sh" $<TARGET_FILE:retain> "${RETAIN_SHARED_REVIEW_LOG}")
if(NOT EXISTS "${RETAIN_SHARED_REVIEW_LOG}")
  set_tests_properties(cli/fsrs_shared_log PROPERTIES DISABLED TRUE)
endif()

# `retain live` ended by SIGINT after one answer stores that answer; with stdin at its end (CI) it keeps
# hosting until SIGTERM, which stores the game too. Over 127.0.0.1, every wait bounded.
add_test(NAME cli/live_signal
         COMMAND /usr/bin/python3 "${RETAIN_CLI_TEST_DIR}/live_signal_test.py" $<TARGET_FILE:retain>
                 "${RETAIN_TEST_DATA}/banks/live" "${CMAKE_CURRENT_BINARY_DIR}/live/signal")
set_tests_properties(cli/live_signal PROPERTIES TIMEOUT 90)

# Anki packages with pictures (2.1.50+ and legacy fixtures): import copies them beside the bank, export
# packs them again, GIFT export warns per picture.
add_test(NAME cli/anki_media
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/anki_media_cli_test.sh" $<TARGET_FILE:retain> "${RETAIN_SOURCE_DIR}/tests/data/interop")

# An Anki deck with pictures too big for one bank file becomes a bank folder whose pictures still load
# (issue 20): they go inside the folder, beside bank.yaml.
add_test(NAME cli/import_big_pictures
         COMMAND bash "${RETAIN_CLI_TEST_DIR}/import_big_pictures_test.sh" $<TARGET_FILE:retain>
                 "${RETAIN_SOURCE_DIR}/tests/data/interop/make_anki_fixtures.py")
set_tests_properties(cli/import_big_pictures PROPERTIES TIMEOUT 300)
