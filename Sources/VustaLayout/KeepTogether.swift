//! Blocks kept with the one after them, besides headings: the lead-in paragraph just before a
//! figure ("Bản đồ dưới đây cho thấy…") and the last text before the signature. With the
//! headings above (kept with what follows), a figure that must move to the next page takes
//! its heading and introduction along, so no heading and no "below" is stranded at the foot
//! of the page before; and the signature never stands alone on the last page.

/// `blocks` with every paragraph that comes just before a figure, and the paragraph or list
/// just before the signature, kept with the block after it.
func keepingTogether(_ blocks: [any Block]) -> [any Block] {
  var out = blocks
  for i in out.indices.dropLast() {
    let next = out[i + 1]
    if next is Figure || next is SignatureBlock, var p = out[i] as? Paragraph {
      p.keepWithNext = true
      out[i] = p
    } else if next is SignatureBlock, var l = out[i] as? BulletList {
      l.keepWithNext = true
      out[i] = l
    }
  }
  return out
}
