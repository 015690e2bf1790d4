#pragma once

#include "controller.h"

namespace diplograph::ui {

// The bundled sample article (resources/sample/seed.txt, compiled in) as an import request.
[[nodiscard]] ImportRequest sampleArticle();

} // namespace diplograph::ui
