#include "engine/normalize/dates.h"
#include "gtest/gtest.h"
