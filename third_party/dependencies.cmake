# CMake glue for the Debian packages Retain builds against (list: debian-packages.txt).
# Nothing here is copied source: every dependency is a system package found by CMake or pkg-config.

find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# --- core ---
find_package(yaml-cpp REQUIRED)            # target: yaml-cpp (0.7)
find_package(SQLite3 REQUIRED)             # target: SQLite::SQLite3
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)    # SHA-1 of Anki checksums and imported ids
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)      # Anki 2.1.50+ packages (collection.anki21b, media)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)          # stb_image: checking question pictures, the window icon

# --- net (the live classroom server) ---
# libcivetweb-dev 1.15 (WebSocket on). Its CMake config names a /usr/bin/civetweb that the -dev package
# does not install, so the library and header are found directly.
find_library(CIVETWEB_LIBRARY NAMES civetweb REQUIRED)
find_path(CIVETWEB_INCLUDE_DIR civetweb.h REQUIRED)
add_library(retain_civetweb INTERFACE)
target_link_libraries(retain_civetweb INTERFACE "${CIVETWEB_LIBRARY}" ${CMAKE_DL_LIBS} Threads::Threads)
target_include_directories(retain_civetweb SYSTEM INTERFACE "${CIVETWEB_INCLUDE_DIR}")
add_library(civetweb::civetweb ALIAS retain_civetweb)
find_package(nlohmann_json REQUIRED)       # target: nlohmann_json::nlohmann_json (header only)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)   # sentence break iterator (core/draft)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)  # the live lobby's join QR code (core/classroom/qr_code)

# --- ui / app ---
if(RETAIN_BUILD_GUI)
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)   # brings stb
  pkg_check_modules(GLFW3 REQUIRED IMPORTED_TARGET glfw3)
  find_package(OpenGL REQUIRED)
endif()
find_package(CLI11 CONFIG REQUIRED)        # target: CLI11::CLI11 (header only)

# --- tests ---
if(RETAIN_BUILD_TESTS)
  find_package(doctest REQUIRED)           # target: doctest::doctest
  include(doctest)                         # doctest_discover_tests()
endif()
