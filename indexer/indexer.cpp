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

namespace news {
namespace {

// Files read in parallel before their articles are written in order; bounds memory.
constexpr std::size_t kFilesPerChunk = 64;
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
    return;  // what the index holds for this file stays as it was
  }
  if (outcome.unchanged) {
    store.restamp_file(file.id, outcome.stamp);
    summary.unchanged += store.file_state(file.id)->article_ids.size();
    return;
  }
  for (const auto& [reason, count] : outcome.result.skipped) {
    summary.skipped[reason] += count;
  }
  const std::size_t added =
      store.put_file(file.id, file.root, outcome.stamp, outcome.result.articles, outcome.documents);
  summary.added += added;
  summary.updated += outcome.result.articles.size() - added;
}

// Reads the files of one chunk that may have changed, in parallel; when indexing, the
// workers also encode the articles into documents.
std::vector<FileOutcome> read_chunk(const std::vector<const InputFile*>& files,
                                    const std::vector<std::optional<std::string>>& known_hashes,
                                    const IndexerOptions& o, const Links& links) {
  const auto field_map = std::make_shared<const FieldMap>(o.field_map);
  std::vector<FileOutcome> outcomes(files.size());
  parallel_for(files.size(), o.jobs, [&](std::size_t i) {
    outcomes[i] = read_input_file(*files[i], known_hashes[i], field_map);
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
  std::size_t end = 0;  // index after the chunk's last file
};

ChunkPlan plan_chunk(const std::vector<InputFile>& files, std::size_t begin,
                     const IndexStore& store) {
  ChunkPlan plan;
  plan.end = std::min(begin + kFilesPerChunk, files.size());
  for (std::size_t i = begin; i < plan.end; ++i) {
    const InputFile& f = files[i];
    const IndexStore::FileState* state = store.file_state(f.id);
    if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
      plan.unchanged_articles += state->article_ids.size();
      continue;
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
  ChunkPlan plan = plan_chunk(files, 0, store);
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
      plan = plan_chunk(files, current.end, store);  // files not yet written: state is final
      refresh_links();
      reading = std::async(std::launch::async, read_chunk, plan.to_read, plan.known_hashes,
                           std::cref(o), links);
    }
    summary.unchanged += current.unchanged_articles;
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

void delete_vanished(const ScanResult& scan, IndexStore& store, RunSummary& summary) {
  std::set<std::string> seen;
  for (const InputFile& f : scan.files) {
    seen.insert(f.id);
  }
  for (const std::string& file : store.files_missing_under(scan.folder_roots, seen)) {
    summary.deleted += store.remove_file(file);
  }
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
  IndexStore store(o.db_dir);
  install_interrupt_handler();
  const ScanResult scan = scan_inputs(o.inputs);
  report_scan(scan, &summary);
  Progress progress(scan.files.size(), o.progress);
  catalogue::NameSets linkable;  // names linked as articles were encoded
  index_files(scan.files, o, store, summary, progress, linkable);
  progress.finish();
  summary.interrupted = interrupted();
  // Deleting is only safe when every folder was listed completely.
  if (!o.no_delete && !summary.interrupted && scan.errors.empty()) {
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
  }
  summary.document_count = store.document_count();
  return summary;
}

}  // namespace

RunSummary run_indexing(const IndexerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  RunSummary summary = update_index(o);
  if (o.compact && !summary.interrupted) {
    std::tie(summary.compacted_from, summary.compacted_to) = schema::compact_index(o.db_dir);
  }
  summary.seconds = seconds_since(start);
  return summary;
}

void run_catalogue(const IndexerOptions& o) {
  if (!o.aliases_file.empty()) {
    const std::string text = read_alias_file(o.aliases_file);
    IndexStore store(o.db_dir);
    catalogue::store_aliases(store.database(), text);
    catalogue::update_links(store.database(), {}, {});
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
  const ScanResult scan = scan_inputs(o.inputs);
  report_scan(scan, nullptr);
  std::size_t failed = scan.errors.size();
  for (std::size_t begin = 0; begin < scan.files.size(); begin += kFilesPerChunk) {
    const std::size_t end = std::min(begin + kFilesPerChunk, scan.files.size());
    std::vector<const InputFile*> files;
    for (std::size_t i = begin; i < end; ++i) {
      files.push_back(&scan.files[i]);
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
