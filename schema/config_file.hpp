// Defaults people repeat (db, jobs, format...) kept in one config file both programs read,
// so that a shell alias or a long command line is not needed for them.
#pragma once

#include <boost/program_options.hpp>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace news::config {

// The config file in use: $NEWSINDEX_CONFIG when set (set but empty: none), else
// $XDG_CONFIG_HOME/newsindex/config, else $HOME/.config/newsindex/config. nullopt when
// there is none; a $NEWSINDEX_CONFIG naming a missing file is an Error(kUsage), since a
// misspelt name would otherwise silently drop the user's defaults.
std::optional<std::filesystem::path> config_file_path();

// Stores the settings of `text` (the contents of `file_name`) for `program` into `vm`.
// Keys are the long options of `options` (help and version excepted); lines before any
// [section] are for both programs, lines under [newsindex] or [newsquery] for that one
// only; a value starting with ~/ starts in $HOME. Values already in `vm` (the command line, the
// environment) win. Throws Error(kUsage) "FILE:LINE: reason" on the first bad line, so a typo is
// never ignored.
void store_config_text(std::istream& text, const std::string& file_name,
                       const boost::program_options::options_description& options,
                       std::string_view program, boost::program_options::variables_map& vm);

// Everything that sets defaults below the command line, for `program` ("newsindex" or
// "newsquery"), stored after the command line: $NEWSINDEX_DB for --db, then the config file.
// Precedence: command line, then environment, then config file, then built-in defaults.
// Nothing is read when the command line asks for help or the version.
void store_defaults(const boost::program_options::options_description& options,
                    std::string_view program, boost::program_options::variables_map& vm);

}  // namespace news::config
