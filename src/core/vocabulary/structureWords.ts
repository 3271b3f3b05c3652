/**
 * Words that make an indicator a structure whose shares add up to 100% ("Cơ cấu kinh tế",
 * "Tỷ trọng …"). Folded text (textFold); the phrase starts the label and ends where a letter
 * or digit does not follow ("Cơ cấu (%)", not "Cơ cấux").
 */
export const structureWords: readonly string[] = ['co cau', 'ty trong'];
