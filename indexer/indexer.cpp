#include "indexer.hpp"

#include <chrono>
#include <fstream>
#include <future>
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
#include "parallel.hpp"
#include "progress.hpp"
#include "scanner.hpp"
#include "shard_share.hpp"

namespace news {
namespace {

// Files read in parallel before their articles are written in order; bounds memory.
constexpr std::size_t kFilesPerChunk = 64;
// The catalogue the workers link with is taken again from the index each time the
// number of articles written in the run has doubled (from this many on), so that
// articles are mostly linked as they are encoded rather than rewritten at the end.
constexpr std::size_t kFirstLinkRefresh = 64;

using Links = std::shared_ptr<const catalogue::LinkSnapshot>;

// Heavy files (is_heavy) per chunk: their articles are held until the chunk is written.
constexpr std::size_t kHeavyFilesPerChunk = 4;

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
  const std::size_t added = store.put_file(file.id, file.collection, outcome.stamp,
                                           outcome.result.articles, outcome.documents);
  summary.added += added;
  summary.updated += outcome.result.articles.size() - added;
}

// Reads the files of one chunk that may have changed, in parallel; when indexing, the
// workers also encode the articles into documents.
std::vector<FileOutcome> read_chunk(const std::vector<const InputFile*>& files,
                                    const std::vector<std::optional<std::string>>& known_hashes,
                                    const IndexerOptions& o, const Links& links) {
  ReadSettings settings;
  settings.field_map = std::make_shared<const FieldMap>(o.field_map);
  settings.max_article_bytes = o.max_article_bytes;
  std::vector<FileOutcome> outcomes(files.size());
  parallel_for(files.size(), o.jobs, [&](std::size_t i) {
    const HeavyFileSlot slot(is_heavy(*files[i], o.max_article_bytes));
    outcomes[i] = read_input_file(*files[i], known_hashes[i], settings);
    if (!o.extract && outcomes[i].failure.empty() && !outcomes[i].unchanged) {
      encode_articles(outcomes[i], links.get());
    }
  });
  return outcomes;
}

// The files of one chunk that need reading, decided before the chunk is read so that
// reading can overlap with writing the previous chunk.
struct ChunkPlan {
  std::vector<const InputFile*> to_read;
  std::vector<std::optional<std::string>> known_hashes;
  std::size_t unchanged_articles = 0;
  std::size_t known_failures = 0;  // files that failed before and did not change since
  std::size_t end = 0;             // index after the chunk's last file
};

ChunkPlan plan_chunk(const std::vector<InputFile>& files, std::size_t begin,
                     const IndexStore& store, std::size_t max_article_bytes) {
  ChunkPlan plan;
  plan.end = std::min(begin + kFilesPerChunk, files.size());
  std::size_t heavy = 0;
  for (std::size_t i = begin; i < plan.end; ++i) {
    const InputFile& f = files[i];
    const IndexStore::FileState* state = store.file_state(f.id);
    if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
      plan.unchanged_articles += state->article_ids.size();
      continue;
    }
    if (store.is_known_failure(f.id, f.size, f.mtime_ns)) {
      ++plan.known_failures;
      continue;
    }
    if (is_heavy(f, max_article_bytes) && ++heavy > kHeavyFilesPerChunk) {
      plan.end = i;  // the next chunk starts with this file
      break;
    }
    plan.to_read.push_back(&f);
    plan.known_hashes.push_back(state ? std::optional(state->stamp.content_hash) : std::nullopt);
  }
  return plan;
}

// Reads chunk after chunk on worker threads while this thread writes the previous one:
// parsing and Xapian's indexing then run at the same time.
void index_files(const std::vector<InputFile>& files, const IndexerOptions& o, IndexStore& store,
                 RunSummary& summary, Progress& progress, catalogue::NameSets& linkable) {
  if (files.empty()) {
    return;
  }
  ChunkPlan plan = plan_chunk(files, 0, store, o.max_article_bytes);
  Links links;
  std::size_t refresh_at = kFirstLinkRefresh;
  // A snapshot is taken for the first chunk that has files to read, then as the run's
  // articles double.
  const auto refresh_links = [&] {
    if (!plan.to_read.empty() && (links == nullptr || store.written().size() >= refresh_at)) {
      links =
          std::make_shared<const catalogue::LinkSnapshot>(store.database(), store.entity_names());
      for (std::size_t f = 0; f < linkable.size(); ++f) {
        linkable[f].insert(links->linkable()[f].begin(), links->linkable()[f].end());
      }
      refresh_at = std::max(kFirstLinkRefresh, 2 * store.written().size());
    }
  };
  refresh_links();
  auto reading = std::async(std::launch::async, read_chunk, plan.to_read, plan.known_hashes,
                            std::cref(o), links);
  while (true) {
    std::vector<FileOutcome> outcomes = reading.get();
    const ChunkPlan current = std::move(plan);
    const bool more = current.end < files.size() && !interrupted();
    if (more) {
      // files not yet written: their state is final
      plan = plan_chunk(files, current.end, store, o.max_article_bytes);
      refresh_links();
      reading = std::async(std::launch::async, read_chunk, plan.to_read, plan.known_hashes,
                           std::cref(o), links);
    }
    summary.unchanged += current.unchanged_articles;
    summary.known_failures += current.known_failures;
    for (std::size_t i = 0; i < current.to_read.size(); ++i) {
      store_outcome(*current.to_read[i], outcomes[i], store, summary);
    }
    store.commit_if_due(o.batch_size);
    progress.update(current.end);
    if (!more) {
      return;
    }
  }
}

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
  settle_shard(store.database(), o.shard, o.db_dir);
  install_interrupt_handler();
  if (!o.move_root.first.empty()) {
    move_root(o.move_root.first, o.move_root.second, store);
  }
  assign_collections(scan, o.collection, store);
  report_scan(scan, &summary);
  // With --shard, only this share is read; deletions still see every file scanned, so
  // they only ever touch the files of this share (the only ones the index holds).
  const std::vector<InputFile> share = shard_share(scan.files, o.shard);
  Progress progress(share.size(), o.progress);
  catalogue::NameSets linkable;  // names linked as articles were encoded
  index_files(share, o, store, summary, progress, linkable);
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
  for (std::size_t begin = 0; begin < scan.files.size();) {
    std::vector<const InputFile*> files;
    std::size_t heavy = 0;
    for (; begin < scan.files.size() && files.size() < kFilesPerChunk; ++begin) {
      if (is_heavy(scan.files[begin], o.max_article_bytes) && ++heavy > kHeavyFilesPerChunk) {
        break;
      }
      files.push_back(&scan.files[begin]);
    }
    const auto outcomes =
        read_chunk(files, std::vector<std::optional<std::string>>(files.size()), o, nullptr);
    for (std::size_t i = 0; i < files.size(); ++i) {
      report_read(*files[i], outcomes[i]);
      failed += (outcomes[i].failure.empty() && outcomes[i].result.errors.empty()) ? 0 : 1;
      for (const Article& article : outcomes[i].result.articles) {
        std::cout << extract_json_line(article) << '\n';
      }
    }
  }
  std::cout.flush();
  return failed;
}

}  // namespace news
