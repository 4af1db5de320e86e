// Agency sign-offs, credit and contact lines: wire furniture, not entities.
#pragma once

#include <string>
#include <string_view>

namespace news::ner {

// Whether `word` (any case) names a news agency as it signs off ("Reuter", "AP", "AFP").
bool is_agency_name(std::string_view word);

// Overwrites with spaces, in place, the parts of `text` that sign a story off rather than
// tell it: a line that is only an agency name ("Reuter", "-- Reuters", "(AP)"), an agency
// name set apart at the end of the last line ("...(33.7).        REUTER"), credit lines
// ("(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by ...") and
// contact lines ("((jane.doe@example.com; +44 20 1234))", "Contact: ..."). Newlines and
// every other byte stay where they are, so offsets keep their meaning.
void blank_sign_offs(std::string& text);

}  // namespace news::ner
