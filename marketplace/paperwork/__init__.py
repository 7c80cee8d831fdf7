"""The paperwork a parcel travels with: the packing list and customs declaration of each artist's part of an
order."""
