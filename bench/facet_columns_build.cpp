// Writes the facet columns of an existing index (what newsindex does at the end of a run)
// and prints the time it took and the file's size: the cost of the columns at archive
// scale (bench/archive-scale.sh, docs/benchmarks.md).
//
//   facet_columns_build INDEX_DIR
#include <chrono>
#include <iostream>

#include "error.hpp"
#include "facet_columns.hpp"

int main(int argc, char* argv[]) {
  if (argc != 2) {
    std::cerr << "usage: facet_columns_build INDEX_DIR\n";
    return 2;
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const std::uintmax_t bytes = news::schema::write_facet_columns(argv[1]);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "facet columns: " << bytes << " bytes in " << seconds << " s\n";
    return bytes > 0 ? 0 : 1;
  } catch (const news::Error& e) {
    std::cerr << "facet_columns_build: " << e.what() << '\n';
    return int(e.code());
  }
}
