# Tests of what the project installs: the install rules, the man page, the desktop entry and metainfo.
set(RETAIN_INSTALL_TEST_DIR "${CMAKE_CURRENT_LIST_DIR}")

# cmake --install into a temporary prefix; the installed binary runs --version, lint and --screenshot.
add_test(NAME install/prefix
         COMMAND bash "${RETAIN_INSTALL_TEST_DIR}/install_test.sh" "${CMAKE_BINARY_DIR}" "${PROJECT_VERSION}")
set_tests_properties(install/prefix PROPERTIES TIMEOUT 180 RESOURCE_LOCK x_display)
# Every verb and option of --help is in assets/retain.1.
add_test(NAME install/man_page
         COMMAND bash "${RETAIN_INSTALL_TEST_DIR}/man_page_test.sh" $<TARGET_FILE:retain> "${RETAIN_SOURCE_DIR}/assets/retain.1")
# The desktop entry and the AppStream metainfo pass their validators.
add_test(NAME install/desktop_entry COMMAND desktop-file-validate "${RETAIN_SOURCE_DIR}/assets/retain.desktop")
add_test(NAME install/metainfo
         COMMAND appstreamcli validate --no-net "${RETAIN_SOURCE_DIR}/assets/io.github.retain.Retain.metainfo.xml")
