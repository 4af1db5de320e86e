// Ctrl-C and kill: the indexer stops between files, saves what it has, and exits 130.
#pragma once

namespace news {

// Installs SIGINT/SIGTERM handlers that only set a flag. A second Ctrl-C kills at once.
void install_interrupt_handler();

// True once SIGINT or SIGTERM arrived.
bool interrupted();

}  // namespace news
