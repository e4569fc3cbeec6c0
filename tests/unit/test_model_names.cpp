// Entity names: the normal form, the look-alike key and one edit apart, with near misses on both sides.
#include <catch2/catch.hpp>

#include "model/names.h"
#include "model/suggest.h"

using namespace claimcheck;

TEST_CASE("a name is trimmed, its inner spaces collapsed and its text NFC", "[model]") {
  CHECK(normalise_name("2010 Haiti earthquake ") == "2010 Haiti earthquake");
  CHECK(normalise_name("  2010  Haiti\tearthquake") == "2010 Haiti earthquake");
  CHECK(normalise_name("2010\u00a0Haiti\u2003earthquake") == "2010 Haiti earthquake");  // no-break, em space
  CHECK(normalise_name("Co\u0302te d'Ivoire") == "C\u00f4te d'Ivoire");  // o + combining circumflex → ô
  CHECK(normalise_name("C\u00f4te d'Ivoire") == "C\u00f4te d'Ivoire");
  // Only spacing and composition: case, punctuation and compatibility forms are kept as written.
  CHECK(normalise_name("2010 Haiti Earthquake") == "2010 Haiti Earthquake");
  CHECK(normalise_name("U.S.") == "U.S.");
  CHECK(normalise_name("\uFB01nance") == "\uFB01nance");  // the ﬁ ligature is not NFC's business
  CHECK(normalise_name("   ").empty());
}

TEST_CASE("names that differ by case, spacing, punctuation or diacritics share a key", "[model]") {
  CHECK(name_key("2010 Haiti earthquake") == name_key("2010 Haiti Earthquake"));
  CHECK(name_key("Al-Shabaab") == name_key("al Shabaab"));
  CHECK(name_key("U.S.") == name_key("US"));
  CHECK(name_key("C\u00f4te d'Ivoire") == name_key("Cote dIvoire"));
  CHECK(name_key("Stra\u00dfe") == name_key("STRASSE"));  // case folding: ß is ss
  CHECK(name_key("\uFB01nance") == name_key("finance"));
  // Near misses: a letter or a digit more is another key.
  CHECK(name_key("Niger") != name_key("Nigeria"));
  CHECK(name_key("G7") != name_key("G8"));
  CHECK(name_key("2010 Haiti earthquake") != name_key("2011 Haiti earthquake"));
}

TEST_CASE("one edit apart: one insertion, deletion, replacement or swap of letters", "[model]") {
  auto apart = [](const char* a, const char* b) { return one_edit_apart(name_key(a), name_key(b)); };
  CHECK(apart("Haiti earthquake", "Haiti earthquakes"));  // insertion
  CHECK(apart("Haiti earthquakes", "Haiti earthquake"));  // deletion
  CHECK(apart("Pashinyan", "Pashinian"));                 // replacement
  CHECK(apart("Kazakhstan", "Kazakhtsan"));               // adjacent swap
  CHECK(apart("Gambia", "Zambia"));                       // one edit, though two countries
  CHECK_FALSE(apart("Niger", "Nigeria"));                 // two insertions
  CHECK_FALSE(apart("Kazakhstan", "Kazkahstna"));         // two swaps
  CHECK_FALSE(apart("Austria", "Australia"));
  CHECK_FALSE(apart("Pashinyan", "Pashinyan"));                          // equal is no edit
  CHECK_FALSE(apart("2010 Haiti earthquake", "2011 Haiti earthquake"));  // a digit: another event
  CHECK_FALSE(apart("Apollo 11", "Apollo 1"));
  CHECK_FALSE(apart("Resolution 1441", "Resolution 1414"));  // swapped digits
  CHECK(apart("Resolution 1441a", "Resolution 1441b"));      // the letter after the number
}

TEST_CASE("ASCII names take a short way to the same normal form and key", "[model]") {
  CHECK(normalise_name("\t Ada \r\n Lovelace ") == "Ada Lovelace");
  CHECK(name_key("Hello World-1") == U"helloworld1");
  // The same name with one non-ASCII letter goes through utf8proc and agrees on the rest.
  CHECK(name_key("Hello World-1\u00e9") == U"helloworld1e");
  CHECK(normalise_name("\t Ada \r\n Lovelac\u00e9 ") == "Ada Lovelac\u00e9");
}
