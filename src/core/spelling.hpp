#pragma once
// "Did you mean": when a catalog search finds nothing, the words of the query are matched against
// the words of the procedure names so a mistyped keyword ("khai snh") can be offered corrected
// ("khai sinh"), as requirements P12 asks the search to help a citizen find the service.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::core {

// Levenshtein distance between two byte strings (folded Vietnamese is ASCII).
int edit_distance(std::string_view a, std::string_view b);

// The words of a set of texts: folded form → the word as it is written (accents kept, in the
// lower-case spelling used inside a name where one exists).
class Vocabulary {
 public:
  explicit Vocabulary(const std::vector<std::string>& texts);

  bool contains(const std::string& folded) const { return words_.count(folded) > 0; }
  // The closest known word within a tolerance that grows with the length (1 edit up to four
  // letters, 2 beyond); "" when none is close enough. Ties go to the alphabetically first.
  std::string closest(const std::string& folded) const;
  // The written form of a known folded word ("" when unknown).
  std::string written(const std::string& folded) const;

 private:
  std::map<std::string, std::string> words_;
};

// The query with each unknown word replaced by its closest known word, in written form; "" when
// every word is already known or some word has no close match (no suggestion beats a wrong one).
std::string suggest_query(std::string_view query, const Vocabulary& vocabulary);

}  // namespace motcua::core
