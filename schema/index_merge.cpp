#include "index_merge.hpp"

#include <unistd.h>

#include <filesystem>

#include "database.hpp"
#include "error.hpp"
#include "index_layout.hpp"

namespace news::schema {
namespace {

namespace fs = std::filesystem;

void refuse_existing(const std::string& out) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(out, ec))) {
    throw Error(ExitCode::kDatabase, "cannot merge into " + out + ": it exists",
                "--merge writes a new index: name a folder that does not exist yet");
  }
}

// Compacts the sources into `partial`/gen-1 and names it in the stub.
void compact_into(const std::vector<std::string>& sources, const fs::path& partial,
                  Xapian::Compactor& compactor) {
  Xapian::Database all;
  for (const std::string& source : sources) {
    all.add_database(open_for_search(source));
  }
  fs::create_directories(partial);
  const std::string generation = "gen-1";
  all.compact((partial / generation).string(), Xapian::Compactor::FULL, 0, compactor);
  layout::record_table_sizes(partial / generation);
  layout::write_stub(partial, generation);
}

}  // namespace

std::uintmax_t merge_indexes(const std::vector<std::string>& sources, const std::string& out,
                             Xapian::Compactor& compactor,
                             const std::function<void(Xapian::WritableDatabase&)>& finish) {
  refuse_existing(out);
  // Beside `out` (same file system: the final rename is atomic), never mistaken for it.
  fs::path target(out);
  if (!target.has_filename()) {
    target = target.parent_path();  // "out/"
  }
  fs::path partial = target.parent_path();
  std::string name = target.filename().string();
  name.insert(0, 1, '.');
  name.append(".merging-").append(std::to_string(::getpid()));
  partial /= name;
  std::error_code ec;
  try {
    compact_into(sources, partial, compactor);
    {
      Xapian::WritableDatabase db = open_for_writing(partial.string());
      finish(db);
      commit(db, partial.string());
    }
    refuse_existing(out);
    fs::rename(partial, out);
  } catch (const Xapian::Error& e) {
    fs::remove_all(partial, ec);
    throw Error(ExitCode::kDatabase, "cannot merge into " + out + ": " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(partial, ec);
    throw Error(ExitCode::kDatabase, "cannot merge into " + out + ": " + e.code().message());
  } catch (...) {
    fs::remove_all(partial, ec);
    throw;
  }
  return layout::folder_size(out);
}

}  // namespace news::schema
