#include "core/reference_catalog.hpp"

#include <gtest/gtest.h>

namespace motcua::core {
namespace {

TEST(ReferenceCatalog, NamesRoundTrip) {
  for (const auto catalog : kReferenceCatalogs)
    EXPECT_EQ(parse_reference_catalog(reference_catalog_name(catalog)), catalog);
  EXPECT_EQ(parse_reference_catalog("colour"), std::nullopt);
}

TEST(ReferenceCatalog, AnItemNeedsAPlainCodeAndAName) {
  EXPECT_TRUE(reference_item_problems({"CCCD", "Căn cước công dân"}).empty());
  EXPECT_TRUE(reference_item_problems({"le-phi_01.2", "Lệ phí"}).empty());
  const auto problems = reference_item_problems({"mã có dấu", " "});
  EXPECT_EQ(problems.at("code"), "error.reference_code");
  EXPECT_EQ(problems.at("name"), "error.required");
  EXPECT_EQ(reference_item_problems({"", "x"}).at("code"), "error.reference_code");
  EXPECT_EQ(reference_item_problems({std::string(41, 'A'), "x"}).at("code"),
            "error.reference_code");
}

}  // namespace
}  // namespace motcua::core
