#include "models/utf8_text.h"

#include <gtest/gtest.h>

using diplograph::ui::Utf8Text;

TEST(Utf8TextTest, MapsBytesToUtf16AcrossMultiByteCharacters)
{
    const std::string text = "Iraq\xE2\x80\x99s sovereignty"; // Iraq’s: U+2019 is 3 bytes, 1 code unit
    const Utf8Text mapped(text);
    EXPECT_EQ(mapped.text(), QString::fromUtf8(text.c_str()));
    EXPECT_EQ(mapped.toUtf16(4), 4);
    EXPECT_EQ(mapped.toUtf16(7), 5); // the 's' after the apostrophe
    EXPECT_EQ(mapped.toUtf16(text.size()), mapped.text().size());
    EXPECT_EQ(mapped.toByte(5), 7u);
}

TEST(Utf8TextTest, AstralCharactersTakeTwoCodeUnits)
{
    const std::string text = "a\xF0\x9F\x8C\x8D" "b"; // a🌍b
    const Utf8Text mapped(text);
    EXPECT_EQ(mapped.text().size(), 4);
    EXPECT_EQ(mapped.toUtf16(5), 3);
    EXPECT_EQ(mapped.toByte(3), 5u);
}

TEST(Utf8TextTest, InvalidBytesBecomeOneReplacementEach)
{
    const std::string text = "a\xFF\xC3" "b";
    const Utf8Text mapped(text);
    EXPECT_EQ(mapped.text(), QStringLiteral("a\uFFFD\uFFFDb"));
    EXPECT_EQ(mapped.toUtf16(3), 3);
}
