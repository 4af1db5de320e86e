# Compiler settings shared by every target of the project.
option(NEWS_WERROR "Treat compiler warnings as errors" ON)
option(NEWS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(NEWS_FUZZ "Also build the libFuzzer targets (tests/fuzz; needs clang)" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

add_compile_options(-Wall -Wextra -Wpedantic)
if(NEWS_WERROR)
  add_compile_options(-Werror)
endif()
if(NEWS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
  add_compile_options(-O1)  # a Debug build at -O0 would make the suite and fuzzing crawl
endif()
if(NEWS_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "NEWS_FUZZ needs clang: CC=clang CXX=clang++ cmake -DNEWS_FUZZ=ON ...")
  endif()
  # Coverage feedback for libFuzzer in every library; only the fuzz_* programs link its main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
