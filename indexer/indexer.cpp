#include "indexer.hpp"

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>

#include "catalogue/catalogue.hpp"
#include "catalogue/entity_listing.hpp"
#include "collections.hpp"
#include "database.hpp"
#include "diagnostics.hpp"
#include "entity_terms.hpp"
#include "error.hpp"
#include "extract_json.hpp"
#include "file_reading.hpp"
#include "index_store.hpp"
#include "interrupt.hpp"
#include "progress.hpp"
#include "read_ahead.hpp"
#include "scanner.hpp"

namespace news {
namespace {

// The catalogue the workers link with is taken again from the index each time the
// number of articles written in the run has doubled (from this many on), so that
// articles are mostly linked as they are encoded rather than rewritten at the end.
constexpr std::size_t kFirstLinkRefresh = 64;

using Links = std::shared_ptr<const catalogue::LinkSnapshot>;

void report_scan(const ScanResult& scan, RunSummary* summary) {
  for (const auto& [path, reason] : scan.errors) {
    report_failure(path, reason);
    if (summary != nullptr) {
      ++summary->failed_files;
      summary->skip(reason_kind(reason));
    }
  }
  if (summary != nullptr) {
    for (const auto& [reason, count] : scan.ignored) {
      summary->skipped[reason] += count;
    }
  }
}

void report_read(const InputFile& file, const FileOutcome& outcome) {
  for (const std::string& warning : outcome.result.warnings) {
    report_warning(file.path, warning);
  }
  for (const std::string& error : outcome.result.errors) {
    report_failure(file.path, error);
  }
  if (!outcome.failure.empty()) {
    report_failure(file.path, outcome.failure);
  }
}

// Writes one file's outcome to the store and counts it.
void store_outcome(const InputFile& file, FileOutcome& outcome, IndexStore& store,
                   RunSummary& summary) {
  report_read(file, outcome);
  summary.failed_files += outcome.result.errors.empty() ? 0 : 1;
  if (!outcome.failure.empty()) {
    ++summary.failed_files;
    summary.skip(reason_kind(outcome.failure));
    if (!outcome.stamp.content_hash.empty()) {
      // The content was read and is what fails: not reported again while it stays the
      // same. A file that could not even be opened (permissions, I/O) is tried again.
      store.remember_failure(file.id, file.size, file.mtime_ns);
    }
    return;  // what the index holds for this file stays as it was
  }
  store.forget_failure(file.id);
  if (outcome.unchanged) {
    store.restamp_file(file.id, outcome.stamp);
    summary.unchanged += store.file_state(file.id)->article_ids.size();
    return;
  }
  for (const auto& [reason, count] : outcome.result.skipped) {
    summary.skipped[reason] += count;
  }
  const std::size_t added =
      store.put_file(file.id, file.collection, outcome.stamp, outcome.result.articles,
                     outcome.documents, outcome.spelling_words);
  summary.added += added;
  summary.updated += outcome.result.articles.size() - added;
}

ReadSettings read_settings(const IndexerOptions& o) {
  ReadSettings settings;
  settings.field_map = std::make_shared<const FieldMap>(o.field_map);
  settings.max_article_bytes = o.max_article_bytes;
  return settings;
}

// The writer's side of the stream of files: decides which files need reading (their
// state is final until the writer writes them), keeps the workers busy, and writes the
// outcomes in input order while the workers read ahead.
class FileStream {
 public:
  FileStream(const std::vector<InputFile>& files, const IndexerOptions& o, IndexStore& store,
             RunSummary& summary)
      : m_files(files),
        m_o(o),
        m_store(store),
        m_summary(summary),
        m_reading(o.jobs, read_settings(o), /*encode=*/true) {}

  void run(Progress& progress, catalogue::NameSets& linkable) {
    while (true) {
      send_more(linkable);
      if (m_reading.empty()) {
        progress.update(m_next);
        return;
      }
      auto [file, outcome] = m_reading.take();
      store_outcome(*file, outcome, m_store, m_summary);
      m_store.commit_if_due(m_o.batch_size);
      progress.update(std::size_t(file - m_files.data()) + 1);
    }
  }

 private:
  // Sends files until the read-ahead is full; unchanged files and known failures are
  // counted without reading. Stops sending once interrupted.
  void send_more(catalogue::NameSets& linkable) {
    for (; m_next < m_files.size() && !interrupted(); ++m_next) {
      const InputFile& f = m_files[m_next];
      const IndexStore::FileState* state = m_store.file_state(f.id);
      if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
        m_summary.unchanged += state->article_ids.size();
        continue;
      }
      if (m_store.is_known_failure(f.id, f.size, f.mtime_ns)) {
        ++m_summary.known_failures;
        continue;
      }
      if (!m_reading.can_send(f)) {
        return;
      }
      refresh_links(linkable);
      m_reading.send(
          {&f, state ? std::optional(state->stamp.content_hash) : std::nullopt, m_links});
    }
  }

  // The catalogue snapshot the workers link with: taken for the first file read, then
  // again each time the run's written articles have doubled.
  void refresh_links(catalogue::NameSets& linkable) {
    if (m_links != nullptr && m_store.written().size() < m_refresh_at) {
      return;
    }
    m_links =
        std::make_shared<const catalogue::LinkSnapshot>(m_store.database(), m_store.entity_names());
    for (std::size_t f = 0; f < linkable.size(); ++f) {
      linkable[f].insert(m_links->linkable()[f].begin(), m_links->linkable()[f].end());
    }
    m_refresh_at = std::max(kFirstLinkRefresh, 2 * m_store.written().size());
  }

  const std::vector<InputFile>& m_files;
  const IndexerOptions& m_o;
  IndexStore& m_store;
  RunSummary& m_summary;
  std::size_t m_next = 0;
  Links m_links;
  std::size_t m_refresh_at = kFirstLinkRefresh;
  ReadAhead m_reading;  // last: its workers stop before the rest goes
};

// True when `file` ("collection/relative") lies under a folder that could not be listed.
bool under_unlisted(const std::string& file, const ScanResult& scan,
                    const std::map<std::string, std::string>& collection_of_root) {
  for (const UnlistedFolder& folder : scan.unlisted) {
    const std::string prefix = collection_of_root.at(folder.root) + "/";
    if (file.starts_with(prefix) && is_under_folder(file.substr(prefix.size()), folder.relative)) {
      return true;
    }
  }
  return false;
}

// Deletes the articles of files gone from the folder inputs, except under folders that
// could not be listed completely (their files may well be there).
void delete_vanished(const ScanResult& scan, IndexStore& store, RunSummary& summary) {
  std::set<std::string> seen;
  for (const InputFile& f : scan.files) {
    seen.insert(f.id);
  }
  const std::vector<std::string> collections = folder_collections(scan, store);
  std::map<std::string, std::string> collection_of_root;
  for (std::size_t i = 0; i < collections.size(); ++i) {
    collection_of_root[scan.folder_roots[i]] = collections[i];
  }
  for (const std::string& file : store.files_missing_under(collections, seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      summary.deleted += store.remove_file(file);
    }
  }
  for (const std::string& file : store.failures_missing_under(collections, seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      store.forget_failure(file);
    }
  }
}

// Only problems with inputs: nothing to index, and no index is created for it.
void refuse_no_input(const ScanResult& scan) {
  if (scan.files.empty() && scan.folder_roots.empty() && scan.ignored.empty() &&
      !scan.errors.empty()) {
    const auto& [path, reason] = scan.errors.front();
    throw Error(ExitCode::kUsage, "no input found: " + path + ": " + reason,
                "check the path; no index was created or changed");
  }
}

// Errors other than folders that could not be listed: any of them stops all deletions.
bool scan_failed_elsewhere(const ScanResult& scan) {
  return scan.errors.size() > scan.unlisted.size();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The text of the alias file given with --aliases. Throws Error(kInput).
std::string read_alias_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw Error(ExitCode::kInput, "cannot read the alias file " + path);
  }
  return text.str();
}

// The indexing run proper; the store (and its lock) is released when it returns.
RunSummary update_index(const IndexerOptions& o) {
  RunSummary summary;
  ScanResult scan = scan_inputs(o.inputs);
  refuse_no_input(scan);
  IndexStore store(o.db_dir);
  install_interrupt_handler();
  if (!o.move_root.first.empty()) {
    move_root(o.move_root.first, o.move_root.second, store);
  }
  assign_collections(scan, o.collection, store);
  report_scan(scan, &summary);
  Progress progress(scan.files.size(), o.progress);
  catalogue::NameSets linkable;  // names linked as articles were encoded
  FileStream(scan.files, o, store, summary).run(progress, linkable);
  progress.finish();
  summary.interrupted = interrupted();
  // Deleting is only safe under folders that were listed completely.
  if (!o.no_delete && !summary.interrupted && !scan_failed_elsewhere(scan)) {
    delete_vanished(scan, store, summary);
  }
  store.commit_if_due(o.batch_size, /*force=*/true);
  if (!o.aliases_file.empty()) {
    catalogue::store_aliases(store.database(), read_alias_file(o.aliases_file));
  }
  if (!summary.interrupted) {
    summary.relinked =
        catalogue::update_links(store.database(), store.written(), store.entity_names(), linkable)
            .relinked;
    store.commit();
  }
  summary.document_count = store.document_count();
  if (o.compact && !summary.interrupted) {
    std::tie(summary.compacted_from, summary.compacted_to) = store.compact();  // under the lock
  }
  return summary;
}

}  // namespace

RunSummary run_indexing(const IndexerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  RunSummary summary = update_index(o);
  summary.seconds = seconds_since(start);
  return summary;
}

int run_check(const IndexerOptions& o) {
  std::ostringstream report;
  const bool whole = schema::check_index(o.db_dir, report);
  std::cout << report.str();
  if (whole) {
    std::cout << "newsindex: index at " << o.db_dir << " is whole" << std::endl;
    return int(ExitCode::kOk);
  }
  throw Error(ExitCode::kDatabase, "index at " + o.db_dir + " is damaged",
              "rebuild it: remove " + o.db_dir + " and run newsindex again on the same folders");
}

void run_catalogue(const IndexerOptions& o) {
  if (!o.aliases_file.empty()) {
    const std::string text = read_alias_file(o.aliases_file);
    IndexStore store(o.db_dir);
    catalogue::store_aliases(store.database(), text);
    catalogue::update_links(store.database(), {}, {});
    store.commit();
  }
  if (!o.entities) {
    return;
  }
  const Xapian::Database db = schema::open_for_search(o.db_dir);
  for (std::string_view field : schema::kEntityFields) {
    if (o.entity_type.empty() || o.entity_type == field) {
      catalogue::write_entities(std::cout, catalogue::list_entities(db, field), o.entity_format);
    }
  }
  std::cout.flush();
}

std::size_t run_extraction(const IndexerOptions& o) {
  ScanResult scan = scan_inputs(o.inputs);
  for (InputFile& file : scan.files) {
    file.id = file.relative;  // no index, no collections: ids relative to each input
  }
  report_scan(scan, nullptr);
  std::size_t failed = scan.errors.size();
  ReadAhead reading(o.jobs, read_settings(o), /*encode=*/false);
  for (std::size_t next = 0; next < scan.files.size() || !reading.empty();) {
    for (; next < scan.files.size() && reading.can_send(scan.files[next]); ++next) {
      reading.send({&scan.files[next], std::nullopt, nullptr});
    }
    const auto [file, outcome] = reading.take();
    report_read(*file, outcome);
    failed += (outcome.failure.empty() && outcome.result.errors.empty()) ? 0 : 1;
    for (const Article& article : outcome.result.articles) {
      std::cout << extract_json_line(article) << '\n';
    }
  }
  std::cout.flush();
  return failed;
}

}  // namespace news
