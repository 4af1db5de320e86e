# Finds the Debian-packaged libraries (scripts/install-deps.sh installs them) and wraps
# those without a CMake target in imported targets.
find_package(Xapian CONFIG REQUIRED)
if(NOT TARGET Xapian::Xapian)
  # xapian-config.cmake only sets variables.
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)
# cpp-httplib (Debian libcpp-httplib-dev): the server of newsquery --serve, the client of its tests.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# CLD2 (language detection) ships neither a CMake nor a pkg-config file.
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h REQUIRED)
add_library(CLD2::CLD2 INTERFACE IMPORTED)
set_target_properties(CLD2::CLD2 PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${CLD2_LIBRARY}")
