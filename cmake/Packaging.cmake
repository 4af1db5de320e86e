# The Debian package: `cpack -G DEB` in the build directory (scripts/package.sh) makes
# newsindex_VERSION_ARCH.deb from the install rules, with its library dependencies found by
# dpkg-shlibdeps, so `apt-get install ./newsindex_*.deb` pulls in what the programs need.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsindex)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search for news archives")
set(CPACK_PACKAGE_DESCRIPTION
    "newsindex indexes folders and archives of news articles (text, Markdown, HTML, JSON,\n\
CSV, WARC) into a Xapian database, with titles, dates and the persons, organisations and\n\
places named; newsquery searches it and exports the results as text, JSON or CSV.")
set(CPACK_PACKAGE_CONTACT "newsindex maintainers <newsindex@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS bash-completion)
include(CPack)
