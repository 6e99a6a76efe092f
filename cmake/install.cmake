# Install rules (cmake --install build --prefix P) and the Debian package (cpack -G DEB in the build).
# FHS/XDG places under the prefix; the installed retain finds share/retain/questions and the icons from
# its own path (src/core/install_paths.cpp), so any prefix works without a flag.
include(GNUInstallDirs)

if(TARGET retain)
  install(TARGETS retain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY "${RETAIN_SOURCE_DIR}/questions/" DESTINATION ${CMAKE_INSTALL_DATADIR}/retain/questions
        PATTERN "*.sh" EXCLUDE)   # the scripts that render pictures stay in the source tree
install(DIRECTORY "${RETAIN_SOURCE_DIR}/assets/web/" DESTINATION ${CMAKE_INSTALL_DATADIR}/retain/web)
install(FILES "${RETAIN_SOURCE_DIR}/assets/retain.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${RETAIN_SOURCE_DIR}/assets/io.github.retain.Retain.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${RETAIN_SOURCE_DIR}/assets/retain.1" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${RETAIN_SOURCE_DIR}/assets/retain.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES "${RETAIN_SOURCE_DIR}/assets/icons/retain-${size}.png"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME retain.png)
endforeach()

# --- the .deb: dependencies from dpkg-shlibdeps, plus the font the window draws with ---
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "retain")
set(CPACK_PACKAGE_VENDOR "The Retain developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "quizzes and spaced repetition for fact-heavy material")
set(CPACK_PACKAGE_DESCRIPTION "Question banks in YAML, lenient but correct grading of typed answers, FSRS-6
scheduling, progress in SQLite, classroom drills and exams; import from Quizlet,
Moodle GIFT and Anki.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # retain_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Retain developers <retain@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
include(CPack)
