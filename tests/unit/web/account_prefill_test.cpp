// the e-form's prefill reads the profile's contacts (requirements P6, P20): the address
// with its province and commune from the catalog, and a business's tax code.
#include <gtest/gtest.h>

#include "web/pages/form_view.hpp"

namespace motcua::web {
namespace {

using core::FieldType;
using nlohmann::json;

core::FormField keyed(const std::string& name, FieldType type, const std::string& profile_key) {
  core::FormField f;
  f.name = name;
  f.label = name;
  f.type = type;
  f.profile_key = profile_key;
  return f;
}

const std::vector<core::FormField> kFields{keyed("dia_chi", FieldType::address, "address"),
                                           keyed("ma_so_thue", FieldType::text, "tax_code"),
                                           keyed("dien_thoai", FieldType::phone, "phone")};

TEST(AccountPrefill, AddressComesWithProvinceAndCommune) {
  app::User user;
  user.province_code = "H29";
  user.commune_code = "H29.12.05";
  user.address = "Số 5 đường Lê Lợi";
  user.tax_code = "0101234567";
  const auto answers = profile_answers(kFields, user);
  EXPECT_EQ(answers.at("dia_chi"),
            (json{{"province", "H29"}, {"commune", "H29.12.05"}, {"street", "Số 5 đường Lê Lợi"}}));
  EXPECT_EQ(answers.at("ma_so_thue"), "0101234567");
  EXPECT_FALSE(answers.contains("dien_thoai"));  // nothing recorded, nothing prefilled
}

TEST(AccountPrefill, AnEmptyProfileFillsNothing) {
  EXPECT_EQ(profile_answers(kFields, app::User{}), json::object());
  app::User street_only;
  street_only.address = "Thôn Đông";
  EXPECT_EQ(profile_answers(kFields, street_only).at("dia_chi").at("street"), "Thôn Đông");
}

}  // namespace
}  // namespace motcua::web
