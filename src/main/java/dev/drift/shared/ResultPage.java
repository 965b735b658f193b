package dev.drift.shared;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are on all pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return this.size == 0 ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
